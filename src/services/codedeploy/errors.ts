import { AwsError } from '../../core/errors.js';
import { validationException, type Violation } from '../../protocol/index.js';

/** CodeDeploy's errors: every one is a client fault with HTTP 400, worded as CodeDeploy words them. */
function clientError(code: string, message: string): AwsError {
  return new AwsError(code, message, 400);
}

export const applicationDoesNotExist = (name: string): AwsError => clientError('ApplicationDoesNotExistException', `No application found for name: ${name}`);
export const applicationAlreadyExists = (name: string): AwsError => clientError('ApplicationAlreadyExistsException', `${name} already exists in your account`);
export const applicationNameRequired = (): AwsError => clientError('ApplicationNameRequiredException', 'The minimum number of required application names was not specified.');
export const applicationLimitExceeded = (): AwsError => clientError('ApplicationLimitExceededException', 'More applications were attempted to be created than are allowed.');
export const applicationsNotFound = (account: string): AwsError => clientError('ApplicationDoesNotExistException', `Applications not found for ${account}`);

export const deploymentGroupDoesNotExist = (name: string): AwsError => clientError('DeploymentGroupDoesNotExistException', `No Deployment Group found for name: ${name}`);
export const deploymentGroupAlreadyExists = (name: string): AwsError => clientError('DeploymentGroupAlreadyExistsException', `Deployment Group already exists with name ${name}`);
export const deploymentGroupLimitExceeded = (): AwsError => clientError('DeploymentGroupLimitExceededException', 'The deployment groups limit was exceeded.');
export const deploymentGroupNameRequired = (): AwsError => clientError('DeploymentGroupNameRequiredException', 'Deployment Group name is missing');

export const deploymentConfigDoesNotExist = (name: string): AwsError => clientError('DeploymentConfigDoesNotExistException', `No deployment configuration found for name: ${name}`);
export const deploymentConfigAlreadyExists = (name: string): AwsError => clientError('DeploymentConfigAlreadyExistsException', `A deployment configuration already exists with name ${name}`);
export const deploymentConfigLimitExceeded = (): AwsError => clientError('DeploymentConfigLimitExceededException', 'The deployment configurations limit was exceeded.');
export const deploymentConfigInUse = (name: string): AwsError => clientError('DeploymentConfigInUseException', `The deployment configuration ${name} is still in use by a deployment group`);
export const invalidDeploymentConfigName = (message: string): AwsError => clientError('InvalidDeploymentConfigNameException', message);
export const invalidOperation = (message: string): AwsError => clientError('InvalidOperationException', message);
export const invalidTrafficRouting = (message: string): AwsError => clientError('InvalidTrafficRoutingConfigurationException', message);
export const invalidMinimumHealthyHosts = (message: string): AwsError => clientError('InvalidMinimumHealthyHostValueException', message);
export const invalidComputePlatform = (message: string): AwsError => clientError('InvalidComputePlatformException', message);

export const invalidRole = (): AwsError => clientError('InvalidRoleException', 'The service role ARN was specified in an invalid format. Or, if an Auto Scaling group was specified, the specified service role does not grant the appropriate permissions to Amazon EC2 Auto Scaling.');
export const invalidDeploymentStyle = (message: string): AwsError => clientError('InvalidDeploymentStyleException', message);
export const invalidAutoRollbackConfig = (message: string): AwsError => clientError('InvalidAutoRollbackConfigException', message);
export const invalidAlarmConfig = (message: string): AwsError => clientError('InvalidAlarmConfigException', message);
export const alarmsLimitExceeded = (): AwsError => clientError('AlarmsLimitExceededException', 'The maximum number of alarms for a deployment group (10) was exceeded.');

export const deploymentIdRequired = (): AwsError => clientError('DeploymentIdRequiredException', 'At least one deployment ID must be specified.');
export const invalidDeploymentId = (id: string): AwsError => clientError('InvalidDeploymentIdException', `Specified DeploymentId is not in the valid format: ${id}`);
export const deploymentDoesNotExist = (id: string): AwsError => clientError('DeploymentDoesNotExistException', `The deployment ${id} could not be found.`);
export const deploymentAlreadyCompleted = (id: string): AwsError => clientError('DeploymentAlreadyCompletedException', `Deployment ${id} has already completed.`);
export const deploymentLimitExceeded = (group: string, active: string): AwsError =>
  clientError('DeploymentLimitExceededException', `The Deployment Group '${group}' already has an active Deployment '${active}'`);
export const revisionRequired = (): AwsError => clientError('RevisionRequiredException', 'The revision ID was not specified.');
export const invalidRevision = (message: string): AwsError => clientError('InvalidRevisionException', message);
export const revisionDoesNotExist = (): AwsError => clientError('RevisionDoesNotExistException', 'The named revision does not exist with the applicable IAM user or AWS account.');
export const bucketNameFilterRequired = (): AwsError => clientError('BucketNameFilterRequiredException', 'A bucket name is required, but was not provided.');
export const descriptionTooLong = (): AwsError => clientError('DescriptionTooLongException', 'The description is too long.');
export const batchLimitExceeded = (): AwsError => clientError('BatchLimitExceededException', 'The maximum number of names or IDs allowed for this request (100) was exceeded.');

export const deploymentTargetIdRequired = (): AwsError => clientError('DeploymentTargetIdRequiredException', 'A deployment target ID was not provided.');
export const deploymentTargetDoesNotExist = (id: string): AwsError => clientError('DeploymentTargetDoesNotExistException', `The deployment target ${id} does not exist.`);
export const deploymentTargetListSizeExceeded = (): AwsError => clientError('DeploymentTargetListSizeExceededException', 'The maximum number of targets that can be associated with an Amazon ECS or Lambda deployment was exceeded. The target list of both types of deployments must have exactly one item. This exception does not apply to EC2/On-premises deployments.');
export const invalidTargetFilterName = (name: string): AwsError => clientError('InvalidTargetFilterNameException', `The target filter name ${name} is invalid.`);
export const deploymentNotStarted = (id: string): AwsError => clientError('DeploymentNotStartedException', `The deployment ${id} has not started.`);

export const invalidLifecycleHookExecutionId = (id: string): AwsError => clientError('InvalidLifecycleEventHookExecutionIdException', `The lifecycle event hook execution ID ${id} is not valid for this deployment.`);
export const invalidLifecycleHookStatus = (status: string): AwsError => clientError('InvalidLifecycleEventHookExecutionStatusException', `The lifecycle event hook execution status ${status} is invalid. A hook reports Succeeded or Failed.`);
export const lifecycleEventAlreadyCompleted = (id: string): AwsError => clientError('LifecycleEventAlreadyCompletedException', `The lifecycle event hook execution ${id} has already completed.`);

export const invalidNextToken = (): AwsError => clientError('InvalidNextTokenException', 'The next token was specified in an invalid format.');
export const invalidArn = (arnText: string): AwsError => clientError('InvalidArnException', `The specified ARN is not in a valid format: ${arnText}`);
export const resourceArnRequired = (): AwsError => clientError('ResourceArnRequiredException', 'The ARN of a resource is required, but was not found.');
export const tagRequired = (): AwsError => clientError('TagRequiredException', 'A tag was not specified.');
export const invalidTagsToAdd = (message: string): AwsError => clientError('InvalidTagsToAddException', message);
export const invalidTimeRange = (): AwsError => clientError('InvalidTimeRangeException', 'The specified time range was specified in an invalid format.');

/** CodeDeploy answers a missing or malformed name with an exception of its own, not a ValidationException. */
const REQUIRED: Record<string, [string, string]> = {
  applicationName: ['ApplicationNameRequiredException', 'The minimum number of required application names was not specified.'],
  applicationNames: ['ApplicationNameRequiredException', 'The minimum number of required application names was not specified.'],
  deploymentGroupName: ['DeploymentGroupNameRequiredException', 'The deployment group name was not specified.'],
  currentDeploymentGroupName: ['DeploymentGroupNameRequiredException', 'The deployment group name was not specified.'],
  deploymentGroupNames: ['DeploymentGroupNameRequiredException', 'The deployment group name was not specified.'],
  deploymentConfigName: ['DeploymentConfigNameRequiredException', 'The deployment configuration name was not specified.'],
  serviceRoleArn: ['RoleRequiredException', 'The role ID was not specified.'],
  deploymentId: ['DeploymentIdRequiredException', 'At least one deployment ID must be specified.'],
  deploymentIds: ['DeploymentIdRequiredException', 'At least one deployment ID must be specified.'],
  targetId: ['DeploymentTargetIdRequiredException', 'A deployment target ID was not provided.'],
  targetIds: ['DeploymentTargetIdRequiredException', 'A deployment target ID was not provided.'],
  ResourceArn: ['ResourceArnRequiredException', 'The ARN of a resource is required, but was not found.'],
  Tags: ['TagRequiredException', 'A tag was not specified.'],
  revision: ['RevisionRequiredException', 'The revision ID was not specified.'],
};
const MALFORMED: Record<string, [string, string]> = {
  applicationName: ['InvalidApplicationNameException', 'The application name was specified in an invalid format.'],
  newApplicationName: ['InvalidApplicationNameException', 'The application name was specified in an invalid format.'],
  deploymentGroupName: ['InvalidDeploymentGroupNameException', 'The deployment group name was specified in an invalid format.'],
  currentDeploymentGroupName: ['InvalidDeploymentGroupNameException', 'The deployment group name was specified in an invalid format.'],
  newDeploymentGroupName: ['InvalidDeploymentGroupNameException', 'The deployment group name was specified in an invalid format.'],
  deploymentConfigName: ['InvalidDeploymentConfigNameException', 'The deployment configuration name was specified in an invalid format.'],
  computePlatform: ['InvalidComputePlatformException', 'The computePlatform is invalid. The computePlatform should be Lambda, Server, or ECS.'],
};

export function codeDeployValidationError(violations: Violation[]): AwsError {
  for (const violation of violations) {
    const missing = violation.kind === 'required' || (violation.kind === 'length' && violation.value === '');
    const known = missing ? REQUIRED[violation.memberName] : MALFORMED[violation.memberName];
    if (known && !violation.path.includes('.')) return clientError(known[0], known[1]);
  }
  return validationException(violations);
}
