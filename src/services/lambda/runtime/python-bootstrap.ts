/**
 * Nimbus's runtime interface client for Python: the program a python3.* execution
 * environment runs under the local python3. Same protocol as the Node.js one:
 * init (import the handler's module once), then next → handler → response or error.
 */
export const PYTHON_BOOTSTRAP = String.raw`
import http.client
import importlib
import json
import logging
import os
import sys
import time
import traceback

# host:port, then (in Nimbus) the environment's own path prefix: /<token>.
ADDRESS, SLASH, PREFIX = os.environ["AWS_LAMBDA_RUNTIME_API"].partition("/")
HOST, PORT = ADDRESS.rsplit(":", 1)
BASE = SLASH + PREFIX + "/2018-06-01/runtime"
_connection = http.client.HTTPConnection(HOST, int(PORT))
_current = {"id": ""}


def call(method, path, body=None, headers=None):
    try:
        _connection.request(method, path, body=body, headers=headers or {})
        response = _connection.getresponse()
        return response.status, response.headers, response.read()
    except (OSError, http.client.HTTPException) as error:
        sys.stderr.write("Runtime API unreachable: %s\n" % error)
        sys.stderr.flush()
        os._exit(1)


def end_of_output():
    # Marks the end of an invocation's output, before its answer: Nimbus waits for it so the log is complete.
    if _current["id"]:
        sys.stdout.write("\x1enimbus:end:%s\n" % _current["id"])
        sys.stdout.flush()


def post_error(path, payload):
    end_of_output()
    call("POST", path, json.dumps(payload), {"Content-Type": "application/json", "Lambda-Runtime-Function-Error-Type": payload["errorType"]})


def log_error(error_type, message, stack):
    text = "[ERROR] %s: %s" % (error_type, message)
    if stack:
        text += "\rTraceback (most recent call last):\r" + "".join(stack).replace("\n", "\r")
    sys.stdout.write(text.rstrip("\r") + "\n")
    sys.stdout.flush()


class _RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.aws_request_id = _current["id"]
        return True


class _LambdaFormatter(logging.Formatter):
    converter = time.gmtime

    def format(self, record):
        return super().format(record).replace("\n", "\r")


_handler = logging.StreamHandler(sys.stdout)
_handler.setFormatter(_LambdaFormatter("[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s", "%Y-%m-%dT%H:%M:%S"))
_handler.addFilter(_RequestIdFilter())
logging.getLogger().addHandler(_handler)


class CognitoIdentity:
    def __init__(self, data):
        self.cognito_identity_id = data.get("cognitoIdentityId")
        self.cognito_identity_pool_id = data.get("cognitoIdentityPoolId")


class ClientContext:
    def __init__(self, data):
        self.client = data.get("client")
        self.custom = data.get("custom")
        self.env = data.get("env")


class LambdaContext:
    def __init__(self, request_id, headers):
        self.aws_request_id = request_id
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.invoked_function_arn = headers.get("Lambda-Runtime-Invoked-Function-Arn")
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self.tenant_id = headers.get("Lambda-Runtime-Aws-Tenant-Id")
        self._deadline = int(headers.get("Lambda-Runtime-Deadline-Ms") or "0")
        identity = headers.get("Lambda-Runtime-Cognito-Identity")
        self.identity = CognitoIdentity(json.loads(identity)) if identity else None
        client = headers.get("Lambda-Runtime-Client-Context")
        self.client_context = ClientContext(json.loads(client)) if client else None

    def get_remaining_time_in_millis(self):
        return max(0, self._deadline - int(time.time() * 1000))


def init_error(error_type, message, stack=None):
    log_error(error_type, message, stack)
    post_error(BASE + "/init/error", {"errorMessage": message, "errorType": error_type, "requestId": "", "stackTrace": stack or []})
    os._exit(1)


def load_handler():
    handler = os.environ.get("_HANDLER", "")
    try:
        module_path, function_name = handler.rsplit(".", 1)
    except ValueError:
        init_error("Runtime.MalformedHandlerName", "Bad handler '%s': not enough values to unpack (expected 2, got 1)" % handler)
    module_name = module_path.replace("/", ".")
    task_root = os.environ["LAMBDA_TASK_ROOT"]
    if task_root not in sys.path:
        sys.path.insert(0, task_root)
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        init_error("Runtime.ImportModuleError", "Unable to import module '%s': %s" % (module_path, error))
    except SyntaxError as error:
        init_error("Runtime.UserCodeSyntaxError", "Syntax error in module '%s': %s" % (module_path, error), traceback.format_list(traceback.extract_tb(error.__traceback__)))
    except Exception as error:
        init_error(type(error).__name__, str(error), traceback.format_list(traceback.extract_tb(error.__traceback__)[1:]))
    function = getattr(module, function_name, None)
    if function is None:
        init_error("Runtime.HandlerNotFound", "Handler '%s' missing on module '%s'" % (function_name, module_path))
    return function


def main():
    handler = load_handler()
    while True:
        status, headers, body = call("GET", BASE + "/invocation/next")
        request_id = headers.get("Lambda-Runtime-Aws-Request-Id")
        _current["id"] = request_id
        trace = headers.get("Lambda-Runtime-Trace-Id")
        if trace:
            os.environ["_X_AMZN_TRACE_ID"] = trace
        else:
            os.environ.pop("_X_AMZN_TRACE_ID", None)
        context = LambdaContext(request_id, headers)
        try:
            event = json.loads(body or b"null")
        except ValueError:
            event = body.decode("utf-8", "replace")
        try:
            result = handler(event, context)
        except Exception as error:
            stack = traceback.format_list(traceback.extract_tb(error.__traceback__)[1:])
            log_error(type(error).__name__, str(error), stack)
            post_error(BASE + "/invocation/%s/error" % request_id, {"errorMessage": str(error), "errorType": type(error).__name__, "requestId": request_id, "stackTrace": stack})
            continue
        try:
            payload = json.dumps(result)
        except (TypeError, ValueError) as error:
            message = "Unable to marshal response: %s" % error
            log_error("Runtime.MarshalError", message, None)
            post_error(BASE + "/invocation/%s/error" % request_id, {"errorMessage": message, "errorType": "Runtime.MarshalError", "requestId": request_id, "stackTrace": []})
            continue
        end_of_output()
        call("POST", BASE + "/invocation/%s/response" % request_id, payload, {"Content-Type": "application/json"})


main()
`;
