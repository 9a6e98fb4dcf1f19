import type * as L from '../../generated/lambda.js';
import { functionArn } from './arns.js';
import { invalidParameter } from './errors.js';
import type { LambdaService } from './service.js';

type Operations = Partial<L.LambdaOperations>;

/**
 * Per-function settings Lambda keeps and reports: recursive loop detection (RecursiveLoop, acted
 * on by recursion.ts when an invocation starts) and the runtime update mode. Nimbus runs the
 * machine's interpreters, so the runtime version it reports is a name for the runtime.
 */
export function functionSettingOperations(service: LambdaService): Operations {
  return {
    PutFunctionRecursionConfig(input, context) {
      const doc = service.requireFunction(service.ref(context, input.FunctionName, undefined, { allowQualifier: false }));
      doc.recursiveLoop = input.RecursiveLoop;
      service.save(doc);
      return { RecursiveLoop: doc.recursiveLoop };
    },

    GetFunctionRecursionConfig(input, context) {
      const doc = service.requireFunction(service.ref(context, input.FunctionName, undefined, { allowQualifier: false }));
      return { RecursiveLoop: doc.recursiveLoop ?? 'Terminate' };
    },

    PutRuntimeManagementConfig(input, context) {
      const ref = service.ref(context, input.FunctionName, input.Qualifier);
      const doc = service.requireFunction(ref);
      const qualifier = ref.qualifier ?? '$LATEST';
      if (qualifier !== '$LATEST' && !/^[0-9]+$/.test(qualifier)) {
        throw invalidParameter('Runtime management configuration can only be set on $LATEST or a published version: aliases are not supported.');
      }
      service.requireVersion(doc, qualifier);
      if (input.UpdateRuntimeOn === 'Manual' && !input.RuntimeVersionArn) {
        throw invalidParameter('RuntimeVersionArn is required when UpdateRuntimeOn is Manual.');
      }
      if (input.UpdateRuntimeOn !== 'Manual' && input.RuntimeVersionArn) {
        throw invalidParameter(`RuntimeVersionArn can only be set when UpdateRuntimeOn is Manual, not ${input.UpdateRuntimeOn}.`);
      }
      doc.runtimeManagement = { ...(doc.runtimeManagement ?? {}), [qualifier]: { updateRuntimeOn: input.UpdateRuntimeOn, runtimeVersionArn: input.RuntimeVersionArn } };
      service.save(doc);
      const out: L.PutRuntimeManagementConfigResponse = { UpdateRuntimeOn: input.UpdateRuntimeOn, FunctionArn: functionArn(doc, qualifier) };
      if (input.RuntimeVersionArn) out.RuntimeVersionArn = input.RuntimeVersionArn;
      return out;
    },

    GetRuntimeManagementConfig(input, context) {
      const ref = service.ref(context, input.FunctionName, input.Qualifier);
      const doc = service.requireFunction(ref);
      const qualifier = ref.qualifier ?? '$LATEST';
      service.requireVersion(doc, qualifier);
      const setting = doc.runtimeManagement?.[qualifier];
      const out: L.GetRuntimeManagementConfigResponse = { UpdateRuntimeOn: (setting?.updateRuntimeOn ?? 'Auto') as L.GetRuntimeManagementConfigResponse['UpdateRuntimeOn'], FunctionArn: functionArn(doc, qualifier) };
      if (setting?.runtimeVersionArn) out.RuntimeVersionArn = setting.runtimeVersionArn;
      return out;
    },
  };
}
