/**
 * What other services may ask of STS through `runtime.api<StsApi>('sts')`: temporary credentials for
 * a role assumed by an AWS service (Lambda's execution role, later ECS task roles), as the service
 * itself would get them: the role's trust policy must let the service principal assume it.
 */
export interface RoleCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** Epoch ms on the virtual clock. */
  expiration: number;
}

export interface StsApi {
  /**
   * Credentials for a session of `roleArn` named `sessionName`, assumed by `servicePrincipal`
   * (e.g. `lambda.amazonaws.com`). Throws AwsError (AccessDenied) when the role does not exist or
   * its trust policy does not let the service assume it.
   */
  credentialsForService(request: { roleArn: string; sessionName: string; servicePrincipal: string; durationSeconds?: number }): Promise<RoleCredentials>;
}
