import type * as Kda from '../../generated/kinesisanalyticsv2.js';
import { describeVpc, isSql, nextId } from './configuration.js';
import { invalidArgument, resourceNotFound } from './errors.js';
import type { KdaService } from './service.js';
import { checkSqlLimits, describeInput, describeInputProcessing, describeOutput, describeReferenceDataSource } from './sql-configuration.js';
import type { ApplicationDocument, ApplicationRow, Scope } from './state.js';

type VersionCheck = { CurrentApplicationVersionId?: number; ConditionalToken?: string };

/** The Add and Delete configuration operations: each checks the version it is given and makes the application's next version. */
export function configurationChangeOperations(service: KdaService): Partial<Kda.Kinesisanalyticsv2Operations> {
  /** The application, checked for a change: version (or token), status, and a SQL or Flink application as the operation needs. */
  const changeable = (scope: Scope, name: string, check: VersionCheck, options: { mode: 'version' | 'either'; kind?: 'sql' | 'flink'; operation: string }): ApplicationRow => {
    const row = service.application(scope, name);
    if (options.kind === 'sql' && !isSql(row.document.runtime)) {
      throw invalidArgument(`${options.operation} is supported for SQL applications only.`);
    }
    if (options.kind === 'flink' && isSql(row.document.runtime)) throw invalidArgument(`${options.operation} is not supported for SQL applications.`);
    service.checkVersion(row, check.CurrentApplicationVersionId, check.ConditionalToken, options.mode);
    service.checkChangeable(row);
    return row;
  };
  const sqlOf = (d: ApplicationDocument) => (d.configuration.SqlApplicationConfigurationDescription ??= {});
  const inputOf = (d: ApplicationDocument, inputId: string): Kda.InputDescription => {
    const input = sqlOf(d).InputDescriptions?.find((i) => i.InputId === inputId);
    if (!input) throw resourceNotFound(`Input ${inputId} does not exist.`);
    return input;
  };

  return {
    AddApplicationInput(input, context) {
      const scope = service.scope(context);
      const row = changeable(scope, input.ApplicationName, input, { mode: 'version', kind: 'sql', operation: 'AddApplicationInput' });
      const { row: next } = service.commitVersion(scope, row, (d) => {
        const sql = sqlOf(d);
        const inputs = (sql.InputDescriptions ??= []);
        checkSqlLimits(inputs.length + 1, 0, 0);
        inputs.push(describeInput(input.Input, nextId(inputs.map((i) => i.InputId))));
      });
      return { ApplicationARN: next.document.arn, ApplicationVersionId: next.document.versionId, InputDescriptions: sqlOf(next.document).InputDescriptions };
    },

    AddApplicationInputProcessingConfiguration(input, context) {
      const scope = service.scope(context);
      const row = changeable(scope, input.ApplicationName, input, { mode: 'version', kind: 'sql', operation: 'AddApplicationInputProcessingConfiguration' });
      if (inputOf(row.document, input.InputId).InputProcessingConfigurationDescription) {
        throw invalidArgument(`Input ${input.InputId} already has an input processing configuration.`);
      }
      const { row: next } = service.commitVersion(scope, row, (d) => {
        inputOf(d, input.InputId).InputProcessingConfigurationDescription = describeInputProcessing(input.InputProcessingConfiguration);
      });
      return {
        ApplicationARN: next.document.arn,
        ApplicationVersionId: next.document.versionId,
        InputId: input.InputId,
        InputProcessingConfigurationDescription: inputOf(next.document, input.InputId).InputProcessingConfigurationDescription,
      };
    },

    DeleteApplicationInputProcessingConfiguration(input, context) {
      const scope = service.scope(context);
      const row = changeable(scope, input.ApplicationName, input, { mode: 'version', kind: 'sql', operation: 'DeleteApplicationInputProcessingConfiguration' });
      if (!inputOf(row.document, input.InputId).InputProcessingConfigurationDescription) {
        throw resourceNotFound(`Input ${input.InputId} has no input processing configuration.`);
      }
      const { row: next } = service.commitVersion(scope, row, (d) => {
        delete inputOf(d, input.InputId).InputProcessingConfigurationDescription;
      });
      return { ApplicationARN: next.document.arn, ApplicationVersionId: next.document.versionId };
    },

    AddApplicationOutput(input, context) {
      const scope = service.scope(context);
      const row = changeable(scope, input.ApplicationName, input, { mode: 'version', kind: 'sql', operation: 'AddApplicationOutput' });
      const { row: next } = service.commitVersion(scope, row, (d) => {
        const outputs = (sqlOf(d).OutputDescriptions ??= []);
        checkSqlLimits(0, outputs.length + 1, 0);
        outputs.push(describeOutput(input.Output, nextId(outputs.map((o) => o.OutputId))));
      });
      return { ApplicationARN: next.document.arn, ApplicationVersionId: next.document.versionId, OutputDescriptions: sqlOf(next.document).OutputDescriptions };
    },

    DeleteApplicationOutput(input, context) {
      const scope = service.scope(context);
      const row = changeable(scope, input.ApplicationName, input, { mode: 'version', kind: 'sql', operation: 'DeleteApplicationOutput' });
      if (!sqlOf(row.document).OutputDescriptions?.some((o) => o.OutputId === input.OutputId)) throw resourceNotFound(`Output ${input.OutputId} does not exist.`);
      const { row: next } = service.commitVersion(scope, row, (d) => {
        sqlOf(d).OutputDescriptions = sqlOf(d).OutputDescriptions!.filter((o) => o.OutputId !== input.OutputId);
      });
      return { ApplicationARN: next.document.arn, ApplicationVersionId: next.document.versionId };
    },

    AddApplicationReferenceDataSource(input, context) {
      const scope = service.scope(context);
      const row = changeable(scope, input.ApplicationName, input, { mode: 'version', kind: 'sql', operation: 'AddApplicationReferenceDataSource' });
      const { row: next } = service.commitVersion(scope, row, (d) => {
        const references = (sqlOf(d).ReferenceDataSourceDescriptions ??= []);
        checkSqlLimits(0, 0, references.length + 1);
        references.push(describeReferenceDataSource(input.ReferenceDataSource, nextId(references.map((r) => r.ReferenceId))));
      });
      return {
        ApplicationARN: next.document.arn,
        ApplicationVersionId: next.document.versionId,
        ReferenceDataSourceDescriptions: sqlOf(next.document).ReferenceDataSourceDescriptions,
      };
    },

    DeleteApplicationReferenceDataSource(input, context) {
      const scope = service.scope(context);
      const row = changeable(scope, input.ApplicationName, input, { mode: 'version', kind: 'sql', operation: 'DeleteApplicationReferenceDataSource' });
      if (!sqlOf(row.document).ReferenceDataSourceDescriptions?.some((r) => r.ReferenceId === input.ReferenceId)) {
        throw resourceNotFound(`Reference data source ${input.ReferenceId} does not exist.`);
      }
      const { row: next } = service.commitVersion(scope, row, (d) => {
        sqlOf(d).ReferenceDataSourceDescriptions = sqlOf(d).ReferenceDataSourceDescriptions!.filter((r) => r.ReferenceId !== input.ReferenceId);
      });
      return { ApplicationARN: next.document.arn, ApplicationVersionId: next.document.versionId };
    },

    AddApplicationCloudWatchLoggingOption(input, context) {
      const scope = service.scope(context);
      const row = changeable(scope, input.ApplicationName, input, { mode: 'either', operation: 'AddApplicationCloudWatchLoggingOption' });
      if (row.document.cloudWatchLoggingOptions.length >= 1) throw invalidArgument('An application can have at most 1 CloudWatch logging option.');
      const result = service.commitVersion(scope, row, (d) => {
        d.cloudWatchLoggingOptions.push({ CloudWatchLoggingOptionId: nextId(d.cloudWatchLoggingOptions.map((o) => o.CloudWatchLoggingOptionId)), LogStreamARN: input.CloudWatchLoggingOption.LogStreamARN });
      }, { operation: 'AddApplicationCloudWatchLoggingOption' });
      const d = result.row.document;
      return { ApplicationARN: d.arn, ApplicationVersionId: d.versionId, CloudWatchLoggingOptionDescriptions: d.cloudWatchLoggingOptions, OperationId: result.operationId };
    },

    DeleteApplicationCloudWatchLoggingOption(input, context) {
      const scope = service.scope(context);
      const row = changeable(scope, input.ApplicationName, input, { mode: 'either', operation: 'DeleteApplicationCloudWatchLoggingOption' });
      if (!row.document.cloudWatchLoggingOptions.some((o) => o.CloudWatchLoggingOptionId === input.CloudWatchLoggingOptionId)) {
        throw resourceNotFound(`CloudWatch logging option ${input.CloudWatchLoggingOptionId} does not exist.`);
      }
      const result = service.commitVersion(scope, row, (d) => {
        d.cloudWatchLoggingOptions = d.cloudWatchLoggingOptions.filter((o) => o.CloudWatchLoggingOptionId !== input.CloudWatchLoggingOptionId);
      }, { operation: 'DeleteApplicationCloudWatchLoggingOption' });
      const d = result.row.document;
      return { ApplicationARN: d.arn, ApplicationVersionId: d.versionId, CloudWatchLoggingOptionDescriptions: d.cloudWatchLoggingOptions, OperationId: result.operationId };
    },

    AddApplicationVpcConfiguration(input, context) {
      const scope = service.scope(context);
      const row = changeable(scope, input.ApplicationName, input, { mode: 'either', kind: 'flink', operation: 'AddApplicationVpcConfiguration' });
      if ((row.document.configuration.VpcConfigurationDescriptions?.length ?? 0) >= 1) throw invalidArgument('An application can have at most 1 VPC configuration.');
      let added: Kda.VpcConfigurationDescription | undefined;
      const result = service.commitVersion(scope, row, (d) => {
        const vpcs = (d.configuration.VpcConfigurationDescriptions ??= []);
        added = describeVpc(input.VpcConfiguration, nextId(vpcs.map((v) => v.VpcConfigurationId)));
        vpcs.push(added);
      }, { operation: 'AddApplicationVpcConfiguration' });
      return { ApplicationARN: result.row.document.arn, ApplicationVersionId: result.row.document.versionId, VpcConfigurationDescription: added, OperationId: result.operationId };
    },

    DeleteApplicationVpcConfiguration(input, context) {
      const scope = service.scope(context);
      const row = changeable(scope, input.ApplicationName, input, { mode: 'either', kind: 'flink', operation: 'DeleteApplicationVpcConfiguration' });
      if (!row.document.configuration.VpcConfigurationDescriptions?.some((v) => v.VpcConfigurationId === input.VpcConfigurationId)) {
        throw resourceNotFound(`VPC configuration ${input.VpcConfigurationId} does not exist.`);
      }
      const result = service.commitVersion(scope, row, (d) => {
        d.configuration.VpcConfigurationDescriptions = d.configuration.VpcConfigurationDescriptions!.filter((v) => v.VpcConfigurationId !== input.VpcConfigurationId);
      }, { operation: 'DeleteApplicationVpcConfiguration' });
      return { ApplicationARN: result.row.document.arn, ApplicationVersionId: result.row.document.versionId, OperationId: result.operationId };
    },
  };
}
