"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// test/helpers/browser.ts
var fs = __toESM(require("fs"));
var path = __toESM(require("path"));
var import_playwright_core = require("playwright-core");
var ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts");
var H5_DIR = path.join(__dirname, "..", "..", "dist", "h5");
function launchChromium(h5Dir = H5_DIR) {
  if (!fs.existsSync(path.join(h5Dir, "index.html"))) throw new Error("dist/h5 missing: run npm run build:h5 (npm test builds it)");
  return import_playwright_core.chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-sync"]
  });
}
function phoneContext(browser) {
  return browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "zh-CN" });
}

// test/helpers/localCloud.ts
var fs4 = __toESM(require("fs"));
var os = __toESM(require("os"));
var path4 = __toESM(require("path"));

// src/cloud/local/server.ts
var http = __toESM(require("http"));

// src/errors/index.ts
var ERROR_MESSAGES = {
  UNAUTHENTICATED: "\u5C1A\u672A\u767B\u5F55\u6216\u767B\u5F55\u5DF2\u5931\u6548\uFF0C\u8BF7\u91CD\u65B0\u767B\u5F55\u3002",
  FORBIDDEN: "\u60A8\u6CA1\u6709\u6743\u9650\u6267\u884C\u6B64\u64CD\u4F5C\u3002",
  UNKNOWN_FUNCTION: "\u8BF7\u6C42\u7684\u4E91\u51FD\u6570\u4E0D\u5B58\u5728\u3002",
  MALFORMED_JSON: "\u8BF7\u6C42\u5185\u5BB9\u4E0D\u662F\u6709\u6548\u7684 JSON \u683C\u5F0F\u3002",
  INVALID_EVENT: "\u8BF7\u6C42\u53C2\u6570\u4E0D\u6B63\u786E\u3002",
  CALLER_IN_EVENT: "\u8BF7\u6C42\u4E2D\u4E0D\u80FD\u6307\u5B9A\u7528\u6237\u8EAB\u4EFD\uFF0C\u8EAB\u4EFD\u7531\u5E73\u53F0\u786E\u5B9A\u3002",
  PAYLOAD_TOO_LARGE: "\u8BF7\u6C42\u5185\u5BB9\u8FC7\u5927\uFF0C\u8BF7\u5206\u6279\u63D0\u4EA4\u3002",
  INVALID_DISPLAY_NAME: "\u8BF7\u8F93\u5165 1\u201320 \u4E2A\u5B57\u7684\u663E\u793A\u540D\u79F0\uFF08\u4E0D\u542B\u7A7A\u767D\u6216\u63A7\u5236\u5B57\u7B26\uFF09\u3002",
  METHOD_NOT_ALLOWED: "\u8BF7\u6C42\u65B9\u6CD5\u4E0D\u88AB\u652F\u6301\u3002",
  NOT_FOUND: "\u8BF7\u6C42\u7684\u5730\u5740\u4E0D\u5B58\u5728\u3002",
  NETWORK: "\u7F51\u7EDC\u8FDE\u63A5\u5931\u8D25\uFF0C\u8BF7\u68C0\u67E5\u7F51\u7EDC\u540E\u91CD\u8BD5\u3002",
  INTERNAL: "\u670D\u52A1\u5668\u5185\u90E8\u9519\u8BEF\uFF0C\u8BF7\u7A0D\u540E\u91CD\u8BD5\u3002"
};
function errorMessage(error) {
  const base2 = ERROR_MESSAGES[error.code];
  return error.path ? `${base2}\uFF08\u5B57\u6BB5\uFF1A${error.path}\uFF09` : base2;
}
function fail(code, path5) {
  const error = path5 === void 0 ? { code } : { code, path: path5 };
  return { ok: false, error: { ...error, message: errorMessage(error) } };
}
function ok(data) {
  return { ok: true, data };
}

// src/cloud/core/context.ts
var systemClock = { now: () => /* @__PURE__ */ new Date() };

// src/cloud/core/define.ts
var define = (event, handler) => ({ event, handler });
var CALLER_KEYS = ["openid", "openId", "OPENID", "userId", "uid", "caller", "unionid", "appid"];
async function runDefinition(name, def, event, ctx) {
  if (ctx.caller === null) return fail("UNAUTHENTICATED");
  if (event !== null && typeof event === "object" && !Array.isArray(event)) {
    const forged = Object.keys(event).find((k) => CALLER_KEYS.includes(k));
    if (forged !== void 0) return fail("CALLER_IN_EVENT", forged);
  }
  const parsed = def.event.safeParse(event ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path5 = issue?.path.join(".") || (issue && "keys" in issue ? issue.keys.join(",") : void 0);
    return fail("INVALID_EVENT", path5 || void 0);
  }
  try {
    return await def.handler(parsed.data, { ...ctx, caller: ctx.caller });
  } catch (err) {
    console.error(`cloud function ${name} failed`, err);
    return fail("INTERNAL");
  }
}

// node_modules/zod/v3/external.js
var external_exports = {};
__export(external_exports, {
  BRAND: () => BRAND,
  DIRTY: () => DIRTY,
  EMPTY_PATH: () => EMPTY_PATH,
  INVALID: () => INVALID,
  NEVER: () => NEVER,
  OK: () => OK,
  ParseStatus: () => ParseStatus,
  Schema: () => ZodType,
  ZodAny: () => ZodAny,
  ZodArray: () => ZodArray,
  ZodBigInt: () => ZodBigInt,
  ZodBoolean: () => ZodBoolean,
  ZodBranded: () => ZodBranded,
  ZodCatch: () => ZodCatch,
  ZodDate: () => ZodDate,
  ZodDefault: () => ZodDefault,
  ZodDiscriminatedUnion: () => ZodDiscriminatedUnion,
  ZodEffects: () => ZodEffects,
  ZodEnum: () => ZodEnum,
  ZodError: () => ZodError,
  ZodFirstPartyTypeKind: () => ZodFirstPartyTypeKind,
  ZodFunction: () => ZodFunction,
  ZodIntersection: () => ZodIntersection,
  ZodIssueCode: () => ZodIssueCode,
  ZodLazy: () => ZodLazy,
  ZodLiteral: () => ZodLiteral,
  ZodMap: () => ZodMap,
  ZodNaN: () => ZodNaN,
  ZodNativeEnum: () => ZodNativeEnum,
  ZodNever: () => ZodNever,
  ZodNull: () => ZodNull,
  ZodNullable: () => ZodNullable,
  ZodNumber: () => ZodNumber,
  ZodObject: () => ZodObject,
  ZodOptional: () => ZodOptional,
  ZodParsedType: () => ZodParsedType,
  ZodPipeline: () => ZodPipeline,
  ZodPromise: () => ZodPromise,
  ZodReadonly: () => ZodReadonly,
  ZodRecord: () => ZodRecord,
  ZodSchema: () => ZodType,
  ZodSet: () => ZodSet,
  ZodString: () => ZodString,
  ZodSymbol: () => ZodSymbol,
  ZodTransformer: () => ZodEffects,
  ZodTuple: () => ZodTuple,
  ZodType: () => ZodType,
  ZodUndefined: () => ZodUndefined,
  ZodUnion: () => ZodUnion,
  ZodUnknown: () => ZodUnknown,
  ZodVoid: () => ZodVoid,
  addIssueToContext: () => addIssueToContext,
  any: () => anyType,
  array: () => arrayType,
  bigint: () => bigIntType,
  boolean: () => booleanType,
  coerce: () => coerce,
  custom: () => custom,
  date: () => dateType,
  datetimeRegex: () => datetimeRegex,
  defaultErrorMap: () => en_default,
  discriminatedUnion: () => discriminatedUnionType,
  effect: () => effectsType,
  enum: () => enumType,
  function: () => functionType,
  getErrorMap: () => getErrorMap,
  getParsedType: () => getParsedType,
  instanceof: () => instanceOfType,
  intersection: () => intersectionType,
  isAborted: () => isAborted,
  isAsync: () => isAsync,
  isDirty: () => isDirty,
  isValid: () => isValid,
  late: () => late,
  lazy: () => lazyType,
  literal: () => literalType,
  makeIssue: () => makeIssue,
  map: () => mapType,
  nan: () => nanType,
  nativeEnum: () => nativeEnumType,
  never: () => neverType,
  null: () => nullType,
  nullable: () => nullableType,
  number: () => numberType,
  object: () => objectType,
  objectUtil: () => objectUtil,
  oboolean: () => oboolean,
  onumber: () => onumber,
  optional: () => optionalType,
  ostring: () => ostring,
  pipeline: () => pipelineType,
  preprocess: () => preprocessType,
  promise: () => promiseType,
  quotelessJson: () => quotelessJson,
  record: () => recordType,
  set: () => setType,
  setErrorMap: () => setErrorMap,
  strictObject: () => strictObjectType,
  string: () => stringType,
  symbol: () => symbolType,
  transformer: () => effectsType,
  tuple: () => tupleType,
  undefined: () => undefinedType,
  union: () => unionType,
  unknown: () => unknownType,
  util: () => util,
  void: () => voidType
});

// node_modules/zod/v3/helpers/util.js
var util;
(function(util2) {
  util2.assertEqual = (_) => {
  };
  function assertIs(_arg) {
  }
  util2.assertIs = assertIs;
  function assertNever2(_x) {
    throw new Error();
  }
  util2.assertNever = assertNever2;
  util2.arrayToEnum = (items) => {
    const obj = {};
    for (const item of items) {
      obj[item] = item;
    }
    return obj;
  };
  util2.getValidEnumValues = (obj) => {
    const validKeys = util2.objectKeys(obj).filter((k) => typeof obj[obj[k]] !== "number");
    const filtered = {};
    for (const k of validKeys) {
      filtered[k] = obj[k];
    }
    return util2.objectValues(filtered);
  };
  util2.objectValues = (obj) => {
    return util2.objectKeys(obj).map(function(e) {
      return obj[e];
    });
  };
  util2.objectKeys = typeof Object.keys === "function" ? (obj) => Object.keys(obj) : (object) => {
    const keys = [];
    for (const key in object) {
      if (Object.prototype.hasOwnProperty.call(object, key)) {
        keys.push(key);
      }
    }
    return keys;
  };
  util2.find = (arr, checker) => {
    for (const item of arr) {
      if (checker(item))
        return item;
    }
    return void 0;
  };
  util2.isInteger = typeof Number.isInteger === "function" ? (val) => Number.isInteger(val) : (val) => typeof val === "number" && Number.isFinite(val) && Math.floor(val) === val;
  function joinValues(array, separator = " | ") {
    return array.map((val) => typeof val === "string" ? `'${val}'` : val).join(separator);
  }
  util2.joinValues = joinValues;
  util2.jsonStringifyReplacer = (_, value) => {
    if (typeof value === "bigint") {
      return value.toString();
    }
    return value;
  };
})(util || (util = {}));
var objectUtil;
(function(objectUtil2) {
  objectUtil2.mergeShapes = (first, second) => {
    return {
      ...first,
      ...second
      // second overwrites first
    };
  };
})(objectUtil || (objectUtil = {}));
var ZodParsedType = util.arrayToEnum([
  "string",
  "nan",
  "number",
  "integer",
  "float",
  "boolean",
  "date",
  "bigint",
  "symbol",
  "function",
  "undefined",
  "null",
  "array",
  "object",
  "unknown",
  "promise",
  "void",
  "never",
  "map",
  "set"
]);
var getParsedType = (data) => {
  const t = typeof data;
  switch (t) {
    case "undefined":
      return ZodParsedType.undefined;
    case "string":
      return ZodParsedType.string;
    case "number":
      return Number.isNaN(data) ? ZodParsedType.nan : ZodParsedType.number;
    case "boolean":
      return ZodParsedType.boolean;
    case "function":
      return ZodParsedType.function;
    case "bigint":
      return ZodParsedType.bigint;
    case "symbol":
      return ZodParsedType.symbol;
    case "object":
      if (Array.isArray(data)) {
        return ZodParsedType.array;
      }
      if (data === null) {
        return ZodParsedType.null;
      }
      if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
        return ZodParsedType.promise;
      }
      if (typeof Map !== "undefined" && data instanceof Map) {
        return ZodParsedType.map;
      }
      if (typeof Set !== "undefined" && data instanceof Set) {
        return ZodParsedType.set;
      }
      if (typeof Date !== "undefined" && data instanceof Date) {
        return ZodParsedType.date;
      }
      return ZodParsedType.object;
    default:
      return ZodParsedType.unknown;
  }
};

// node_modules/zod/v3/ZodError.js
var ZodIssueCode = util.arrayToEnum([
  "invalid_type",
  "invalid_literal",
  "custom",
  "invalid_union",
  "invalid_union_discriminator",
  "invalid_enum_value",
  "unrecognized_keys",
  "invalid_arguments",
  "invalid_return_type",
  "invalid_date",
  "invalid_string",
  "too_small",
  "too_big",
  "invalid_intersection_types",
  "not_multiple_of",
  "not_finite"
]);
var quotelessJson = (obj) => {
  const json = JSON.stringify(obj, null, 2);
  return json.replace(/"([^"]+)":/g, "$1:");
};
var ZodError = class _ZodError extends Error {
  get errors() {
    return this.issues;
  }
  constructor(issues) {
    super();
    this.issues = [];
    this.addIssue = (sub) => {
      this.issues = [...this.issues, sub];
    };
    this.addIssues = (subs = []) => {
      this.issues = [...this.issues, ...subs];
    };
    const actualProto = new.target.prototype;
    if (Object.setPrototypeOf) {
      Object.setPrototypeOf(this, actualProto);
    } else {
      this.__proto__ = actualProto;
    }
    this.name = "ZodError";
    this.issues = issues;
  }
  format(_mapper) {
    const mapper = _mapper || function(issue) {
      return issue.message;
    };
    const fieldErrors = { _errors: [] };
    const processError = (error) => {
      for (const issue of error.issues) {
        if (issue.code === "invalid_union") {
          issue.unionErrors.map(processError);
        } else if (issue.code === "invalid_return_type") {
          processError(issue.returnTypeError);
        } else if (issue.code === "invalid_arguments") {
          processError(issue.argumentsError);
        } else if (issue.path.length === 0) {
          fieldErrors._errors.push(mapper(issue));
        } else {
          let curr = fieldErrors;
          let i = 0;
          while (i < issue.path.length) {
            const el = issue.path[i];
            const terminal = i === issue.path.length - 1;
            if (!terminal) {
              curr[el] = curr[el] || { _errors: [] };
            } else {
              curr[el] = curr[el] || { _errors: [] };
              curr[el]._errors.push(mapper(issue));
            }
            curr = curr[el];
            i++;
          }
        }
      }
    };
    processError(this);
    return fieldErrors;
  }
  static assert(value) {
    if (!(value instanceof _ZodError)) {
      throw new Error(`Not a ZodError: ${value}`);
    }
  }
  toString() {
    return this.message;
  }
  get message() {
    return JSON.stringify(this.issues, util.jsonStringifyReplacer, 2);
  }
  get isEmpty() {
    return this.issues.length === 0;
  }
  flatten(mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of this.issues) {
      if (sub.path.length > 0) {
        const firstEl = sub.path[0];
        fieldErrors[firstEl] = fieldErrors[firstEl] || [];
        fieldErrors[firstEl].push(mapper(sub));
      } else {
        formErrors.push(mapper(sub));
      }
    }
    return { formErrors, fieldErrors };
  }
  get formErrors() {
    return this.flatten();
  }
};
ZodError.create = (issues) => {
  const error = new ZodError(issues);
  return error;
};

// node_modules/zod/v3/locales/en.js
var errorMap = (issue, _ctx) => {
  let message;
  switch (issue.code) {
    case ZodIssueCode.invalid_type:
      if (issue.received === ZodParsedType.undefined) {
        message = "Required";
      } else {
        message = `Expected ${issue.expected}, received ${issue.received}`;
      }
      break;
    case ZodIssueCode.invalid_literal:
      message = `Invalid literal value, expected ${JSON.stringify(issue.expected, util.jsonStringifyReplacer)}`;
      break;
    case ZodIssueCode.unrecognized_keys:
      message = `Unrecognized key(s) in object: ${util.joinValues(issue.keys, ", ")}`;
      break;
    case ZodIssueCode.invalid_union:
      message = `Invalid input`;
      break;
    case ZodIssueCode.invalid_union_discriminator:
      message = `Invalid discriminator value. Expected ${util.joinValues(issue.options)}`;
      break;
    case ZodIssueCode.invalid_enum_value:
      message = `Invalid enum value. Expected ${util.joinValues(issue.options)}, received '${issue.received}'`;
      break;
    case ZodIssueCode.invalid_arguments:
      message = `Invalid function arguments`;
      break;
    case ZodIssueCode.invalid_return_type:
      message = `Invalid function return type`;
      break;
    case ZodIssueCode.invalid_date:
      message = `Invalid date`;
      break;
    case ZodIssueCode.invalid_string:
      if (typeof issue.validation === "object") {
        if ("includes" in issue.validation) {
          message = `Invalid input: must include "${issue.validation.includes}"`;
          if (typeof issue.validation.position === "number") {
            message = `${message} at one or more positions greater than or equal to ${issue.validation.position}`;
          }
        } else if ("startsWith" in issue.validation) {
          message = `Invalid input: must start with "${issue.validation.startsWith}"`;
        } else if ("endsWith" in issue.validation) {
          message = `Invalid input: must end with "${issue.validation.endsWith}"`;
        } else {
          util.assertNever(issue.validation);
        }
      } else if (issue.validation !== "regex") {
        message = `Invalid ${issue.validation}`;
      } else {
        message = "Invalid";
      }
      break;
    case ZodIssueCode.too_small:
      if (issue.type === "array")
        message = `Array must contain ${issue.exact ? "exactly" : issue.inclusive ? `at least` : `more than`} ${issue.minimum} element(s)`;
      else if (issue.type === "string")
        message = `String must contain ${issue.exact ? "exactly" : issue.inclusive ? `at least` : `over`} ${issue.minimum} character(s)`;
      else if (issue.type === "number")
        message = `Number must be ${issue.exact ? `exactly equal to ` : issue.inclusive ? `greater than or equal to ` : `greater than `}${issue.minimum}`;
      else if (issue.type === "bigint")
        message = `Number must be ${issue.exact ? `exactly equal to ` : issue.inclusive ? `greater than or equal to ` : `greater than `}${issue.minimum}`;
      else if (issue.type === "date")
        message = `Date must be ${issue.exact ? `exactly equal to ` : issue.inclusive ? `greater than or equal to ` : `greater than `}${new Date(Number(issue.minimum))}`;
      else
        message = "Invalid input";
      break;
    case ZodIssueCode.too_big:
      if (issue.type === "array")
        message = `Array must contain ${issue.exact ? `exactly` : issue.inclusive ? `at most` : `less than`} ${issue.maximum} element(s)`;
      else if (issue.type === "string")
        message = `String must contain ${issue.exact ? `exactly` : issue.inclusive ? `at most` : `under`} ${issue.maximum} character(s)`;
      else if (issue.type === "number")
        message = `Number must be ${issue.exact ? `exactly` : issue.inclusive ? `less than or equal to` : `less than`} ${issue.maximum}`;
      else if (issue.type === "bigint")
        message = `BigInt must be ${issue.exact ? `exactly` : issue.inclusive ? `less than or equal to` : `less than`} ${issue.maximum}`;
      else if (issue.type === "date")
        message = `Date must be ${issue.exact ? `exactly` : issue.inclusive ? `smaller than or equal to` : `smaller than`} ${new Date(Number(issue.maximum))}`;
      else
        message = "Invalid input";
      break;
    case ZodIssueCode.custom:
      message = `Invalid input`;
      break;
    case ZodIssueCode.invalid_intersection_types:
      message = `Intersection results could not be merged`;
      break;
    case ZodIssueCode.not_multiple_of:
      message = `Number must be a multiple of ${issue.multipleOf}`;
      break;
    case ZodIssueCode.not_finite:
      message = "Number must be finite";
      break;
    default:
      message = _ctx.defaultError;
      util.assertNever(issue);
  }
  return { message };
};
var en_default = errorMap;

// node_modules/zod/v3/errors.js
var overrideErrorMap = en_default;
function setErrorMap(map) {
  overrideErrorMap = map;
}
function getErrorMap() {
  return overrideErrorMap;
}

// node_modules/zod/v3/helpers/parseUtil.js
var makeIssue = (params) => {
  const { data, path: path5, errorMaps, issueData } = params;
  const fullPath = [...path5, ...issueData.path || []];
  const fullIssue = {
    ...issueData,
    path: fullPath
  };
  if (issueData.message !== void 0) {
    return {
      ...issueData,
      path: fullPath,
      message: issueData.message
    };
  }
  let errorMessage2 = "";
  const maps = errorMaps.filter((m) => !!m).slice().reverse();
  for (const map of maps) {
    errorMessage2 = map(fullIssue, { data, defaultError: errorMessage2 }).message;
  }
  return {
    ...issueData,
    path: fullPath,
    message: errorMessage2
  };
};
var EMPTY_PATH = [];
function addIssueToContext(ctx, issueData) {
  const overrideMap = getErrorMap();
  const issue = makeIssue({
    issueData,
    data: ctx.data,
    path: ctx.path,
    errorMaps: [
      ctx.common.contextualErrorMap,
      // contextual error map is first priority
      ctx.schemaErrorMap,
      // then schema-bound map if available
      overrideMap,
      // then global override map
      overrideMap === en_default ? void 0 : en_default
      // then global default map
    ].filter((x) => !!x)
  });
  ctx.common.issues.push(issue);
}
var ParseStatus = class _ParseStatus {
  constructor() {
    this.value = "valid";
  }
  dirty() {
    if (this.value === "valid")
      this.value = "dirty";
  }
  abort() {
    if (this.value !== "aborted")
      this.value = "aborted";
  }
  static mergeArray(status, results) {
    const arrayValue = [];
    for (const s of results) {
      if (s.status === "aborted")
        return INVALID;
      if (s.status === "dirty")
        status.dirty();
      arrayValue.push(s.value);
    }
    return { status: status.value, value: arrayValue };
  }
  static async mergeObjectAsync(status, pairs) {
    const syncPairs = [];
    for (const pair of pairs) {
      const key = await pair.key;
      const value = await pair.value;
      syncPairs.push({
        key,
        value
      });
    }
    return _ParseStatus.mergeObjectSync(status, syncPairs);
  }
  static mergeObjectSync(status, pairs) {
    const finalObject = {};
    for (const pair of pairs) {
      const { key, value } = pair;
      if (key.status === "aborted")
        return INVALID;
      if (value.status === "aborted")
        return INVALID;
      if (key.status === "dirty")
        status.dirty();
      if (value.status === "dirty")
        status.dirty();
      if (key.value !== "__proto__" && (typeof value.value !== "undefined" || pair.alwaysSet)) {
        finalObject[key.value] = value.value;
      }
    }
    return { status: status.value, value: finalObject };
  }
};
var INVALID = Object.freeze({
  status: "aborted"
});
var DIRTY = (value) => ({ status: "dirty", value });
var OK = (value) => ({ status: "valid", value });
var isAborted = (x) => x.status === "aborted";
var isDirty = (x) => x.status === "dirty";
var isValid = (x) => x.status === "valid";
var isAsync = (x) => typeof Promise !== "undefined" && x instanceof Promise;

// node_modules/zod/v3/helpers/errorUtil.js
var errorUtil;
(function(errorUtil2) {
  errorUtil2.errToObj = (message) => typeof message === "string" ? { message } : message || {};
  errorUtil2.toString = (message) => typeof message === "string" ? message : message?.message;
})(errorUtil || (errorUtil = {}));

// node_modules/zod/v3/types.js
var ParseInputLazyPath = class {
  constructor(parent, value, path5, key) {
    this._cachedPath = [];
    this.parent = parent;
    this.data = value;
    this._path = path5;
    this._key = key;
  }
  get path() {
    if (!this._cachedPath.length) {
      if (Array.isArray(this._key)) {
        this._cachedPath.push(...this._path, ...this._key);
      } else {
        this._cachedPath.push(...this._path, this._key);
      }
    }
    return this._cachedPath;
  }
};
var handleResult = (ctx, result) => {
  if (isValid(result)) {
    return { success: true, data: result.value };
  } else {
    if (!ctx.common.issues.length) {
      throw new Error("Validation failed but no issues detected.");
    }
    return {
      success: false,
      get error() {
        if (this._error)
          return this._error;
        const error = new ZodError(ctx.common.issues);
        this._error = error;
        return this._error;
      }
    };
  }
};
function processCreateParams(params) {
  if (!params)
    return {};
  const { errorMap: errorMap2, invalid_type_error, required_error, description } = params;
  if (errorMap2 && (invalid_type_error || required_error)) {
    throw new Error(`Can't use "invalid_type_error" or "required_error" in conjunction with custom error map.`);
  }
  if (errorMap2)
    return { errorMap: errorMap2, description };
  const customMap = (iss, ctx) => {
    const { message } = params;
    if (iss.code === "invalid_enum_value") {
      return { message: message ?? ctx.defaultError };
    }
    if (typeof ctx.data === "undefined") {
      return { message: message ?? required_error ?? ctx.defaultError };
    }
    if (iss.code !== "invalid_type")
      return { message: ctx.defaultError };
    return { message: message ?? invalid_type_error ?? ctx.defaultError };
  };
  return { errorMap: customMap, description };
}
var ZodType = class {
  get description() {
    return this._def.description;
  }
  _getType(input) {
    return getParsedType(input.data);
  }
  _getOrReturnCtx(input, ctx) {
    return ctx || {
      common: input.parent.common,
      data: input.data,
      parsedType: getParsedType(input.data),
      schemaErrorMap: this._def.errorMap,
      path: input.path,
      parent: input.parent
    };
  }
  _processInputParams(input) {
    return {
      status: new ParseStatus(),
      ctx: {
        common: input.parent.common,
        data: input.data,
        parsedType: getParsedType(input.data),
        schemaErrorMap: this._def.errorMap,
        path: input.path,
        parent: input.parent
      }
    };
  }
  _parseSync(input) {
    const result = this._parse(input);
    if (isAsync(result)) {
      throw new Error("Synchronous parse encountered promise.");
    }
    return result;
  }
  _parseAsync(input) {
    const result = this._parse(input);
    return Promise.resolve(result);
  }
  parse(data, params) {
    const result = this.safeParse(data, params);
    if (result.success)
      return result.data;
    throw result.error;
  }
  safeParse(data, params) {
    const ctx = {
      common: {
        issues: [],
        async: params?.async ?? false,
        contextualErrorMap: params?.errorMap
      },
      path: params?.path || [],
      schemaErrorMap: this._def.errorMap,
      parent: null,
      data,
      parsedType: getParsedType(data)
    };
    const result = this._parseSync({ data, path: ctx.path, parent: ctx });
    return handleResult(ctx, result);
  }
  "~validate"(data) {
    const ctx = {
      common: {
        issues: [],
        async: !!this["~standard"].async
      },
      path: [],
      schemaErrorMap: this._def.errorMap,
      parent: null,
      data,
      parsedType: getParsedType(data)
    };
    if (!this["~standard"].async) {
      try {
        const result = this._parseSync({ data, path: [], parent: ctx });
        return isValid(result) ? {
          value: result.value
        } : {
          issues: ctx.common.issues
        };
      } catch (err) {
        if (err?.message?.toLowerCase()?.includes("encountered")) {
          this["~standard"].async = true;
        }
        ctx.common = {
          issues: [],
          async: true
        };
      }
    }
    return this._parseAsync({ data, path: [], parent: ctx }).then((result) => isValid(result) ? {
      value: result.value
    } : {
      issues: ctx.common.issues
    });
  }
  async parseAsync(data, params) {
    const result = await this.safeParseAsync(data, params);
    if (result.success)
      return result.data;
    throw result.error;
  }
  async safeParseAsync(data, params) {
    const ctx = {
      common: {
        issues: [],
        contextualErrorMap: params?.errorMap,
        async: true
      },
      path: params?.path || [],
      schemaErrorMap: this._def.errorMap,
      parent: null,
      data,
      parsedType: getParsedType(data)
    };
    const maybeAsyncResult = this._parse({ data, path: ctx.path, parent: ctx });
    const result = await (isAsync(maybeAsyncResult) ? maybeAsyncResult : Promise.resolve(maybeAsyncResult));
    return handleResult(ctx, result);
  }
  refine(check2, message) {
    const getIssueProperties = (val) => {
      if (typeof message === "string" || typeof message === "undefined") {
        return { message };
      } else if (typeof message === "function") {
        return message(val);
      } else {
        return message;
      }
    };
    return this._refinement((val, ctx) => {
      const result = check2(val);
      const setError = () => ctx.addIssue({
        code: ZodIssueCode.custom,
        ...getIssueProperties(val)
      });
      if (typeof Promise !== "undefined" && result instanceof Promise) {
        return result.then((data) => {
          if (!data) {
            setError();
            return false;
          } else {
            return true;
          }
        });
      }
      if (!result) {
        setError();
        return false;
      } else {
        return true;
      }
    });
  }
  refinement(check2, refinementData) {
    return this._refinement((val, ctx) => {
      if (!check2(val)) {
        ctx.addIssue(typeof refinementData === "function" ? refinementData(val, ctx) : refinementData);
        return false;
      } else {
        return true;
      }
    });
  }
  _refinement(refinement) {
    return new ZodEffects({
      schema: this,
      typeName: ZodFirstPartyTypeKind.ZodEffects,
      effect: { type: "refinement", refinement }
    });
  }
  superRefine(refinement) {
    return this._refinement(refinement);
  }
  constructor(def) {
    this.spa = this.safeParseAsync;
    this._def = def;
    this.parse = this.parse.bind(this);
    this.safeParse = this.safeParse.bind(this);
    this.parseAsync = this.parseAsync.bind(this);
    this.safeParseAsync = this.safeParseAsync.bind(this);
    this.spa = this.spa.bind(this);
    this.refine = this.refine.bind(this);
    this.refinement = this.refinement.bind(this);
    this.superRefine = this.superRefine.bind(this);
    this.optional = this.optional.bind(this);
    this.nullable = this.nullable.bind(this);
    this.nullish = this.nullish.bind(this);
    this.array = this.array.bind(this);
    this.promise = this.promise.bind(this);
    this.or = this.or.bind(this);
    this.and = this.and.bind(this);
    this.transform = this.transform.bind(this);
    this.brand = this.brand.bind(this);
    this.default = this.default.bind(this);
    this.catch = this.catch.bind(this);
    this.describe = this.describe.bind(this);
    this.pipe = this.pipe.bind(this);
    this.readonly = this.readonly.bind(this);
    this.isNullable = this.isNullable.bind(this);
    this.isOptional = this.isOptional.bind(this);
    this["~standard"] = {
      version: 1,
      vendor: "zod",
      validate: (data) => this["~validate"](data)
    };
  }
  optional() {
    return ZodOptional.create(this, this._def);
  }
  nullable() {
    return ZodNullable.create(this, this._def);
  }
  nullish() {
    return this.nullable().optional();
  }
  array() {
    return ZodArray.create(this);
  }
  promise() {
    return ZodPromise.create(this, this._def);
  }
  or(option) {
    return ZodUnion.create([this, option], this._def);
  }
  and(incoming) {
    return ZodIntersection.create(this, incoming, this._def);
  }
  transform(transform) {
    return new ZodEffects({
      ...processCreateParams(this._def),
      schema: this,
      typeName: ZodFirstPartyTypeKind.ZodEffects,
      effect: { type: "transform", transform }
    });
  }
  default(def) {
    const defaultValueFunc = typeof def === "function" ? def : () => def;
    return new ZodDefault({
      ...processCreateParams(this._def),
      innerType: this,
      defaultValue: defaultValueFunc,
      typeName: ZodFirstPartyTypeKind.ZodDefault
    });
  }
  brand() {
    return new ZodBranded({
      typeName: ZodFirstPartyTypeKind.ZodBranded,
      type: this,
      ...processCreateParams(this._def)
    });
  }
  catch(def) {
    const catchValueFunc = typeof def === "function" ? def : () => def;
    return new ZodCatch({
      ...processCreateParams(this._def),
      innerType: this,
      catchValue: catchValueFunc,
      typeName: ZodFirstPartyTypeKind.ZodCatch
    });
  }
  describe(description) {
    const This = this.constructor;
    return new This({
      ...this._def,
      description
    });
  }
  pipe(target) {
    return ZodPipeline.create(this, target);
  }
  readonly() {
    return ZodReadonly.create(this);
  }
  isOptional() {
    return this.safeParse(void 0).success;
  }
  isNullable() {
    return this.safeParse(null).success;
  }
};
var cuidRegex = /^c[^\s-]{8,}$/i;
var cuid2Regex = /^[0-9a-z]+$/;
var ulidRegex = /^[0-9A-HJKMNP-TV-Z]{26}$/i;
var uuidRegex = /^[0-9a-fA-F]{8}\b-[0-9a-fA-F]{4}\b-[0-9a-fA-F]{4}\b-[0-9a-fA-F]{4}\b-[0-9a-fA-F]{12}$/i;
var nanoidRegex = /^[a-z0-9_-]{21}$/i;
var jwtRegex = /^[A-Za-z0-9-_]+\.[A-Za-z0-9-_]+\.[A-Za-z0-9-_]*$/;
var durationRegex = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
var emailRegex = /^(?!\.)(?!.*\.\.)([A-Z0-9_'+\-\.]*)[A-Z0-9_+-]@([A-Z0-9][A-Z0-9\-]*\.)+[A-Z]{2,}$/i;
var _emojiRegex = `^(\\p{Extended_Pictographic}|\\p{Emoji_Component})+$`;
var emojiRegex;
var ipv4Regex = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv4CidrRegex = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/(3[0-2]|[12]?[0-9])$/;
var ipv6Regex = /^(([0-9a-fA-F]{1,4}:){7,7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:)|fe80:(:[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]{1,}|::(ffff(:0{1,4}){0,1}:){0,1}((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])|([0-9a-fA-F]{1,4}:){1,4}:((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9]))$/;
var ipv6CidrRegex = /^(([0-9a-fA-F]{1,4}:){7,7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:)|fe80:(:[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]{1,}|::(ffff(:0{1,4}){0,1}:){0,1}((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])|([0-9a-fA-F]{1,4}:){1,4}:((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9]))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64Regex = /^([0-9a-zA-Z+/]{4})*(([0-9a-zA-Z+/]{2}==)|([0-9a-zA-Z+/]{3}=))?$/;
var base64urlRegex = /^([0-9a-zA-Z-_]{4})*(([0-9a-zA-Z-_]{2}(==)?)|([0-9a-zA-Z-_]{3}(=)?))?$/;
var dateRegexSource = `((\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-((0[13578]|1[02])-(0[1-9]|[12]\\d|3[01])|(0[469]|11)-(0[1-9]|[12]\\d|30)|(02)-(0[1-9]|1\\d|2[0-8])))`;
var dateRegex = new RegExp(`^${dateRegexSource}$`);
function timeRegexSource(args) {
  let secondsRegexSource = `[0-5]\\d`;
  if (args.precision) {
    secondsRegexSource = `${secondsRegexSource}\\.\\d{${args.precision}}`;
  } else if (args.precision == null) {
    secondsRegexSource = `${secondsRegexSource}(\\.\\d+)?`;
  }
  const secondsQuantifier = args.precision ? "+" : "?";
  return `([01]\\d|2[0-3]):[0-5]\\d(:${secondsRegexSource})${secondsQuantifier}`;
}
function timeRegex(args) {
  return new RegExp(`^${timeRegexSource(args)}$`);
}
function datetimeRegex(args) {
  let regex = `${dateRegexSource}T${timeRegexSource(args)}`;
  const opts = [];
  opts.push(args.local ? `Z?` : `Z`);
  if (args.offset)
    opts.push(`([+-]\\d{2}:?\\d{2})`);
  regex = `${regex}(${opts.join("|")})`;
  return new RegExp(`^${regex}$`);
}
function isValidIP(ip, version) {
  if ((version === "v4" || !version) && ipv4Regex.test(ip)) {
    return true;
  }
  if ((version === "v6" || !version) && ipv6Regex.test(ip)) {
    return true;
  }
  return false;
}
function isValidJWT(jwt, alg) {
  if (!jwtRegex.test(jwt))
    return false;
  try {
    const [header] = jwt.split(".");
    if (!header)
      return false;
    const base64 = header.replace(/-/g, "+").replace(/_/g, "/").padEnd(header.length + (4 - header.length % 4) % 4, "=");
    const decoded = JSON.parse(atob(base64));
    if (typeof decoded !== "object" || decoded === null)
      return false;
    if ("typ" in decoded && decoded?.typ !== "JWT")
      return false;
    if (!decoded.alg)
      return false;
    if (alg && decoded.alg !== alg)
      return false;
    return true;
  } catch {
    return false;
  }
}
function isValidCidr(ip, version) {
  if ((version === "v4" || !version) && ipv4CidrRegex.test(ip)) {
    return true;
  }
  if ((version === "v6" || !version) && ipv6CidrRegex.test(ip)) {
    return true;
  }
  return false;
}
var ZodString = class _ZodString extends ZodType {
  _parse(input) {
    if (this._def.coerce) {
      input.data = String(input.data);
    }
    const parsedType = this._getType(input);
    if (parsedType !== ZodParsedType.string) {
      const ctx2 = this._getOrReturnCtx(input);
      addIssueToContext(ctx2, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.string,
        received: ctx2.parsedType
      });
      return INVALID;
    }
    const status = new ParseStatus();
    let ctx = void 0;
    for (const check2 of this._def.checks) {
      if (check2.kind === "min") {
        if (input.data.length < check2.value) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.too_small,
            minimum: check2.value,
            type: "string",
            inclusive: true,
            exact: false,
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "max") {
        if (input.data.length > check2.value) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.too_big,
            maximum: check2.value,
            type: "string",
            inclusive: true,
            exact: false,
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "length") {
        const tooBig = input.data.length > check2.value;
        const tooSmall = input.data.length < check2.value;
        if (tooBig || tooSmall) {
          ctx = this._getOrReturnCtx(input, ctx);
          if (tooBig) {
            addIssueToContext(ctx, {
              code: ZodIssueCode.too_big,
              maximum: check2.value,
              type: "string",
              inclusive: true,
              exact: true,
              message: check2.message
            });
          } else if (tooSmall) {
            addIssueToContext(ctx, {
              code: ZodIssueCode.too_small,
              minimum: check2.value,
              type: "string",
              inclusive: true,
              exact: true,
              message: check2.message
            });
          }
          status.dirty();
        }
      } else if (check2.kind === "email") {
        if (!emailRegex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "email",
            code: ZodIssueCode.invalid_string,
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "emoji") {
        if (!emojiRegex) {
          emojiRegex = new RegExp(_emojiRegex, "u");
        }
        if (!emojiRegex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "emoji",
            code: ZodIssueCode.invalid_string,
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "uuid") {
        if (!uuidRegex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "uuid",
            code: ZodIssueCode.invalid_string,
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "nanoid") {
        if (!nanoidRegex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "nanoid",
            code: ZodIssueCode.invalid_string,
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "cuid") {
        if (!cuidRegex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "cuid",
            code: ZodIssueCode.invalid_string,
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "cuid2") {
        if (!cuid2Regex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "cuid2",
            code: ZodIssueCode.invalid_string,
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "ulid") {
        if (!ulidRegex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "ulid",
            code: ZodIssueCode.invalid_string,
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "url") {
        try {
          new URL(input.data);
        } catch {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "url",
            code: ZodIssueCode.invalid_string,
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "regex") {
        check2.regex.lastIndex = 0;
        const testResult = check2.regex.test(input.data);
        if (!testResult) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "regex",
            code: ZodIssueCode.invalid_string,
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "trim") {
        input.data = input.data.trim();
      } else if (check2.kind === "includes") {
        if (!input.data.includes(check2.value, check2.position)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.invalid_string,
            validation: { includes: check2.value, position: check2.position },
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "toLowerCase") {
        input.data = input.data.toLowerCase();
      } else if (check2.kind === "toUpperCase") {
        input.data = input.data.toUpperCase();
      } else if (check2.kind === "startsWith") {
        if (!input.data.startsWith(check2.value)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.invalid_string,
            validation: { startsWith: check2.value },
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "endsWith") {
        if (!input.data.endsWith(check2.value)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.invalid_string,
            validation: { endsWith: check2.value },
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "datetime") {
        const regex = datetimeRegex(check2);
        if (!regex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.invalid_string,
            validation: "datetime",
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "date") {
        const regex = dateRegex;
        if (!regex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.invalid_string,
            validation: "date",
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "time") {
        const regex = timeRegex(check2);
        if (!regex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.invalid_string,
            validation: "time",
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "duration") {
        if (!durationRegex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "duration",
            code: ZodIssueCode.invalid_string,
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "ip") {
        if (!isValidIP(input.data, check2.version)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "ip",
            code: ZodIssueCode.invalid_string,
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "jwt") {
        if (!isValidJWT(input.data, check2.alg)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "jwt",
            code: ZodIssueCode.invalid_string,
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "cidr") {
        if (!isValidCidr(input.data, check2.version)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "cidr",
            code: ZodIssueCode.invalid_string,
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "base64") {
        if (!base64Regex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "base64",
            code: ZodIssueCode.invalid_string,
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "base64url") {
        if (!base64urlRegex.test(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            validation: "base64url",
            code: ZodIssueCode.invalid_string,
            message: check2.message
          });
          status.dirty();
        }
      } else {
        util.assertNever(check2);
      }
    }
    return { status: status.value, value: input.data };
  }
  _regex(regex, validation, message) {
    return this.refinement((data) => regex.test(data), {
      validation,
      code: ZodIssueCode.invalid_string,
      ...errorUtil.errToObj(message)
    });
  }
  _addCheck(check2) {
    return new _ZodString({
      ...this._def,
      checks: [...this._def.checks, check2]
    });
  }
  email(message) {
    return this._addCheck({ kind: "email", ...errorUtil.errToObj(message) });
  }
  url(message) {
    return this._addCheck({ kind: "url", ...errorUtil.errToObj(message) });
  }
  emoji(message) {
    return this._addCheck({ kind: "emoji", ...errorUtil.errToObj(message) });
  }
  uuid(message) {
    return this._addCheck({ kind: "uuid", ...errorUtil.errToObj(message) });
  }
  nanoid(message) {
    return this._addCheck({ kind: "nanoid", ...errorUtil.errToObj(message) });
  }
  cuid(message) {
    return this._addCheck({ kind: "cuid", ...errorUtil.errToObj(message) });
  }
  cuid2(message) {
    return this._addCheck({ kind: "cuid2", ...errorUtil.errToObj(message) });
  }
  ulid(message) {
    return this._addCheck({ kind: "ulid", ...errorUtil.errToObj(message) });
  }
  base64(message) {
    return this._addCheck({ kind: "base64", ...errorUtil.errToObj(message) });
  }
  base64url(message) {
    return this._addCheck({
      kind: "base64url",
      ...errorUtil.errToObj(message)
    });
  }
  jwt(options2) {
    return this._addCheck({ kind: "jwt", ...errorUtil.errToObj(options2) });
  }
  ip(options2) {
    return this._addCheck({ kind: "ip", ...errorUtil.errToObj(options2) });
  }
  cidr(options2) {
    return this._addCheck({ kind: "cidr", ...errorUtil.errToObj(options2) });
  }
  datetime(options2) {
    if (typeof options2 === "string") {
      return this._addCheck({
        kind: "datetime",
        precision: null,
        offset: false,
        local: false,
        message: options2
      });
    }
    return this._addCheck({
      kind: "datetime",
      precision: typeof options2?.precision === "undefined" ? null : options2?.precision,
      offset: options2?.offset ?? false,
      local: options2?.local ?? false,
      ...errorUtil.errToObj(options2?.message)
    });
  }
  date(message) {
    return this._addCheck({ kind: "date", message });
  }
  time(options2) {
    if (typeof options2 === "string") {
      return this._addCheck({
        kind: "time",
        precision: null,
        message: options2
      });
    }
    return this._addCheck({
      kind: "time",
      precision: typeof options2?.precision === "undefined" ? null : options2?.precision,
      ...errorUtil.errToObj(options2?.message)
    });
  }
  duration(message) {
    return this._addCheck({ kind: "duration", ...errorUtil.errToObj(message) });
  }
  regex(regex, message) {
    return this._addCheck({
      kind: "regex",
      regex,
      ...errorUtil.errToObj(message)
    });
  }
  includes(value, options2) {
    return this._addCheck({
      kind: "includes",
      value,
      position: options2?.position,
      ...errorUtil.errToObj(options2?.message)
    });
  }
  startsWith(value, message) {
    return this._addCheck({
      kind: "startsWith",
      value,
      ...errorUtil.errToObj(message)
    });
  }
  endsWith(value, message) {
    return this._addCheck({
      kind: "endsWith",
      value,
      ...errorUtil.errToObj(message)
    });
  }
  min(minLength, message) {
    return this._addCheck({
      kind: "min",
      value: minLength,
      ...errorUtil.errToObj(message)
    });
  }
  max(maxLength, message) {
    return this._addCheck({
      kind: "max",
      value: maxLength,
      ...errorUtil.errToObj(message)
    });
  }
  length(len, message) {
    return this._addCheck({
      kind: "length",
      value: len,
      ...errorUtil.errToObj(message)
    });
  }
  /**
   * Equivalent to `.min(1)`
   */
  nonempty(message) {
    return this.min(1, errorUtil.errToObj(message));
  }
  trim() {
    return new _ZodString({
      ...this._def,
      checks: [...this._def.checks, { kind: "trim" }]
    });
  }
  toLowerCase() {
    return new _ZodString({
      ...this._def,
      checks: [...this._def.checks, { kind: "toLowerCase" }]
    });
  }
  toUpperCase() {
    return new _ZodString({
      ...this._def,
      checks: [...this._def.checks, { kind: "toUpperCase" }]
    });
  }
  get isDatetime() {
    return !!this._def.checks.find((ch) => ch.kind === "datetime");
  }
  get isDate() {
    return !!this._def.checks.find((ch) => ch.kind === "date");
  }
  get isTime() {
    return !!this._def.checks.find((ch) => ch.kind === "time");
  }
  get isDuration() {
    return !!this._def.checks.find((ch) => ch.kind === "duration");
  }
  get isEmail() {
    return !!this._def.checks.find((ch) => ch.kind === "email");
  }
  get isURL() {
    return !!this._def.checks.find((ch) => ch.kind === "url");
  }
  get isEmoji() {
    return !!this._def.checks.find((ch) => ch.kind === "emoji");
  }
  get isUUID() {
    return !!this._def.checks.find((ch) => ch.kind === "uuid");
  }
  get isNANOID() {
    return !!this._def.checks.find((ch) => ch.kind === "nanoid");
  }
  get isCUID() {
    return !!this._def.checks.find((ch) => ch.kind === "cuid");
  }
  get isCUID2() {
    return !!this._def.checks.find((ch) => ch.kind === "cuid2");
  }
  get isULID() {
    return !!this._def.checks.find((ch) => ch.kind === "ulid");
  }
  get isIP() {
    return !!this._def.checks.find((ch) => ch.kind === "ip");
  }
  get isCIDR() {
    return !!this._def.checks.find((ch) => ch.kind === "cidr");
  }
  get isBase64() {
    return !!this._def.checks.find((ch) => ch.kind === "base64");
  }
  get isBase64url() {
    return !!this._def.checks.find((ch) => ch.kind === "base64url");
  }
  get minLength() {
    let min = null;
    for (const ch of this._def.checks) {
      if (ch.kind === "min") {
        if (min === null || ch.value > min)
          min = ch.value;
      }
    }
    return min;
  }
  get maxLength() {
    let max = null;
    for (const ch of this._def.checks) {
      if (ch.kind === "max") {
        if (max === null || ch.value < max)
          max = ch.value;
      }
    }
    return max;
  }
};
ZodString.create = (params) => {
  return new ZodString({
    checks: [],
    typeName: ZodFirstPartyTypeKind.ZodString,
    coerce: params?.coerce ?? false,
    ...processCreateParams(params)
  });
};
function floatSafeRemainder(val, step) {
  const valDecCount = (val.toString().split(".")[1] || "").length;
  const stepDecCount = (step.toString().split(".")[1] || "").length;
  const decCount = valDecCount > stepDecCount ? valDecCount : stepDecCount;
  const valInt = Number.parseInt(val.toFixed(decCount).replace(".", ""));
  const stepInt = Number.parseInt(step.toFixed(decCount).replace(".", ""));
  return valInt % stepInt / 10 ** decCount;
}
var ZodNumber = class _ZodNumber extends ZodType {
  constructor() {
    super(...arguments);
    this.min = this.gte;
    this.max = this.lte;
    this.step = this.multipleOf;
  }
  _parse(input) {
    if (this._def.coerce) {
      input.data = Number(input.data);
    }
    const parsedType = this._getType(input);
    if (parsedType !== ZodParsedType.number) {
      const ctx2 = this._getOrReturnCtx(input);
      addIssueToContext(ctx2, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.number,
        received: ctx2.parsedType
      });
      return INVALID;
    }
    let ctx = void 0;
    const status = new ParseStatus();
    for (const check2 of this._def.checks) {
      if (check2.kind === "int") {
        if (!util.isInteger(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.invalid_type,
            expected: "integer",
            received: "float",
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "min") {
        const tooSmall = check2.inclusive ? input.data < check2.value : input.data <= check2.value;
        if (tooSmall) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.too_small,
            minimum: check2.value,
            type: "number",
            inclusive: check2.inclusive,
            exact: false,
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "max") {
        const tooBig = check2.inclusive ? input.data > check2.value : input.data >= check2.value;
        if (tooBig) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.too_big,
            maximum: check2.value,
            type: "number",
            inclusive: check2.inclusive,
            exact: false,
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "multipleOf") {
        if (floatSafeRemainder(input.data, check2.value) !== 0) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.not_multiple_of,
            multipleOf: check2.value,
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "finite") {
        if (!Number.isFinite(input.data)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.not_finite,
            message: check2.message
          });
          status.dirty();
        }
      } else {
        util.assertNever(check2);
      }
    }
    return { status: status.value, value: input.data };
  }
  gte(value, message) {
    return this.setLimit("min", value, true, errorUtil.toString(message));
  }
  gt(value, message) {
    return this.setLimit("min", value, false, errorUtil.toString(message));
  }
  lte(value, message) {
    return this.setLimit("max", value, true, errorUtil.toString(message));
  }
  lt(value, message) {
    return this.setLimit("max", value, false, errorUtil.toString(message));
  }
  setLimit(kind, value, inclusive, message) {
    return new _ZodNumber({
      ...this._def,
      checks: [
        ...this._def.checks,
        {
          kind,
          value,
          inclusive,
          message: errorUtil.toString(message)
        }
      ]
    });
  }
  _addCheck(check2) {
    return new _ZodNumber({
      ...this._def,
      checks: [...this._def.checks, check2]
    });
  }
  int(message) {
    return this._addCheck({
      kind: "int",
      message: errorUtil.toString(message)
    });
  }
  positive(message) {
    return this._addCheck({
      kind: "min",
      value: 0,
      inclusive: false,
      message: errorUtil.toString(message)
    });
  }
  negative(message) {
    return this._addCheck({
      kind: "max",
      value: 0,
      inclusive: false,
      message: errorUtil.toString(message)
    });
  }
  nonpositive(message) {
    return this._addCheck({
      kind: "max",
      value: 0,
      inclusive: true,
      message: errorUtil.toString(message)
    });
  }
  nonnegative(message) {
    return this._addCheck({
      kind: "min",
      value: 0,
      inclusive: true,
      message: errorUtil.toString(message)
    });
  }
  multipleOf(value, message) {
    return this._addCheck({
      kind: "multipleOf",
      value,
      message: errorUtil.toString(message)
    });
  }
  finite(message) {
    return this._addCheck({
      kind: "finite",
      message: errorUtil.toString(message)
    });
  }
  safe(message) {
    return this._addCheck({
      kind: "min",
      inclusive: true,
      value: Number.MIN_SAFE_INTEGER,
      message: errorUtil.toString(message)
    })._addCheck({
      kind: "max",
      inclusive: true,
      value: Number.MAX_SAFE_INTEGER,
      message: errorUtil.toString(message)
    });
  }
  get minValue() {
    let min = null;
    for (const ch of this._def.checks) {
      if (ch.kind === "min") {
        if (min === null || ch.value > min)
          min = ch.value;
      }
    }
    return min;
  }
  get maxValue() {
    let max = null;
    for (const ch of this._def.checks) {
      if (ch.kind === "max") {
        if (max === null || ch.value < max)
          max = ch.value;
      }
    }
    return max;
  }
  get isInt() {
    return !!this._def.checks.find((ch) => ch.kind === "int" || ch.kind === "multipleOf" && util.isInteger(ch.value));
  }
  get isFinite() {
    let max = null;
    let min = null;
    for (const ch of this._def.checks) {
      if (ch.kind === "finite" || ch.kind === "int" || ch.kind === "multipleOf") {
        return true;
      } else if (ch.kind === "min") {
        if (min === null || ch.value > min)
          min = ch.value;
      } else if (ch.kind === "max") {
        if (max === null || ch.value < max)
          max = ch.value;
      }
    }
    return Number.isFinite(min) && Number.isFinite(max);
  }
};
ZodNumber.create = (params) => {
  return new ZodNumber({
    checks: [],
    typeName: ZodFirstPartyTypeKind.ZodNumber,
    coerce: params?.coerce || false,
    ...processCreateParams(params)
  });
};
var ZodBigInt = class _ZodBigInt extends ZodType {
  constructor() {
    super(...arguments);
    this.min = this.gte;
    this.max = this.lte;
  }
  _parse(input) {
    if (this._def.coerce) {
      try {
        input.data = BigInt(input.data);
      } catch {
        return this._getInvalidInput(input);
      }
    }
    const parsedType = this._getType(input);
    if (parsedType !== ZodParsedType.bigint) {
      return this._getInvalidInput(input);
    }
    let ctx = void 0;
    const status = new ParseStatus();
    for (const check2 of this._def.checks) {
      if (check2.kind === "min") {
        const tooSmall = check2.inclusive ? input.data < check2.value : input.data <= check2.value;
        if (tooSmall) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.too_small,
            type: "bigint",
            minimum: check2.value,
            inclusive: check2.inclusive,
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "max") {
        const tooBig = check2.inclusive ? input.data > check2.value : input.data >= check2.value;
        if (tooBig) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.too_big,
            type: "bigint",
            maximum: check2.value,
            inclusive: check2.inclusive,
            message: check2.message
          });
          status.dirty();
        }
      } else if (check2.kind === "multipleOf") {
        if (input.data % check2.value !== BigInt(0)) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.not_multiple_of,
            multipleOf: check2.value,
            message: check2.message
          });
          status.dirty();
        }
      } else {
        util.assertNever(check2);
      }
    }
    return { status: status.value, value: input.data };
  }
  _getInvalidInput(input) {
    const ctx = this._getOrReturnCtx(input);
    addIssueToContext(ctx, {
      code: ZodIssueCode.invalid_type,
      expected: ZodParsedType.bigint,
      received: ctx.parsedType
    });
    return INVALID;
  }
  gte(value, message) {
    return this.setLimit("min", value, true, errorUtil.toString(message));
  }
  gt(value, message) {
    return this.setLimit("min", value, false, errorUtil.toString(message));
  }
  lte(value, message) {
    return this.setLimit("max", value, true, errorUtil.toString(message));
  }
  lt(value, message) {
    return this.setLimit("max", value, false, errorUtil.toString(message));
  }
  setLimit(kind, value, inclusive, message) {
    return new _ZodBigInt({
      ...this._def,
      checks: [
        ...this._def.checks,
        {
          kind,
          value,
          inclusive,
          message: errorUtil.toString(message)
        }
      ]
    });
  }
  _addCheck(check2) {
    return new _ZodBigInt({
      ...this._def,
      checks: [...this._def.checks, check2]
    });
  }
  positive(message) {
    return this._addCheck({
      kind: "min",
      value: BigInt(0),
      inclusive: false,
      message: errorUtil.toString(message)
    });
  }
  negative(message) {
    return this._addCheck({
      kind: "max",
      value: BigInt(0),
      inclusive: false,
      message: errorUtil.toString(message)
    });
  }
  nonpositive(message) {
    return this._addCheck({
      kind: "max",
      value: BigInt(0),
      inclusive: true,
      message: errorUtil.toString(message)
    });
  }
  nonnegative(message) {
    return this._addCheck({
      kind: "min",
      value: BigInt(0),
      inclusive: true,
      message: errorUtil.toString(message)
    });
  }
  multipleOf(value, message) {
    return this._addCheck({
      kind: "multipleOf",
      value,
      message: errorUtil.toString(message)
    });
  }
  get minValue() {
    let min = null;
    for (const ch of this._def.checks) {
      if (ch.kind === "min") {
        if (min === null || ch.value > min)
          min = ch.value;
      }
    }
    return min;
  }
  get maxValue() {
    let max = null;
    for (const ch of this._def.checks) {
      if (ch.kind === "max") {
        if (max === null || ch.value < max)
          max = ch.value;
      }
    }
    return max;
  }
};
ZodBigInt.create = (params) => {
  return new ZodBigInt({
    checks: [],
    typeName: ZodFirstPartyTypeKind.ZodBigInt,
    coerce: params?.coerce ?? false,
    ...processCreateParams(params)
  });
};
var ZodBoolean = class extends ZodType {
  _parse(input) {
    if (this._def.coerce) {
      input.data = Boolean(input.data);
    }
    const parsedType = this._getType(input);
    if (parsedType !== ZodParsedType.boolean) {
      const ctx = this._getOrReturnCtx(input);
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.boolean,
        received: ctx.parsedType
      });
      return INVALID;
    }
    return OK(input.data);
  }
};
ZodBoolean.create = (params) => {
  return new ZodBoolean({
    typeName: ZodFirstPartyTypeKind.ZodBoolean,
    coerce: params?.coerce || false,
    ...processCreateParams(params)
  });
};
var ZodDate = class _ZodDate extends ZodType {
  _parse(input) {
    if (this._def.coerce) {
      input.data = new Date(input.data);
    }
    const parsedType = this._getType(input);
    if (parsedType !== ZodParsedType.date) {
      const ctx2 = this._getOrReturnCtx(input);
      addIssueToContext(ctx2, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.date,
        received: ctx2.parsedType
      });
      return INVALID;
    }
    if (Number.isNaN(input.data.getTime())) {
      const ctx2 = this._getOrReturnCtx(input);
      addIssueToContext(ctx2, {
        code: ZodIssueCode.invalid_date
      });
      return INVALID;
    }
    const status = new ParseStatus();
    let ctx = void 0;
    for (const check2 of this._def.checks) {
      if (check2.kind === "min") {
        if (input.data.getTime() < check2.value) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.too_small,
            message: check2.message,
            inclusive: true,
            exact: false,
            minimum: check2.value,
            type: "date"
          });
          status.dirty();
        }
      } else if (check2.kind === "max") {
        if (input.data.getTime() > check2.value) {
          ctx = this._getOrReturnCtx(input, ctx);
          addIssueToContext(ctx, {
            code: ZodIssueCode.too_big,
            message: check2.message,
            inclusive: true,
            exact: false,
            maximum: check2.value,
            type: "date"
          });
          status.dirty();
        }
      } else {
        util.assertNever(check2);
      }
    }
    return {
      status: status.value,
      value: new Date(input.data.getTime())
    };
  }
  _addCheck(check2) {
    return new _ZodDate({
      ...this._def,
      checks: [...this._def.checks, check2]
    });
  }
  min(minDate, message) {
    return this._addCheck({
      kind: "min",
      value: minDate.getTime(),
      message: errorUtil.toString(message)
    });
  }
  max(maxDate, message) {
    return this._addCheck({
      kind: "max",
      value: maxDate.getTime(),
      message: errorUtil.toString(message)
    });
  }
  get minDate() {
    let min = null;
    for (const ch of this._def.checks) {
      if (ch.kind === "min") {
        if (min === null || ch.value > min)
          min = ch.value;
      }
    }
    return min != null ? new Date(min) : null;
  }
  get maxDate() {
    let max = null;
    for (const ch of this._def.checks) {
      if (ch.kind === "max") {
        if (max === null || ch.value < max)
          max = ch.value;
      }
    }
    return max != null ? new Date(max) : null;
  }
};
ZodDate.create = (params) => {
  return new ZodDate({
    checks: [],
    coerce: params?.coerce || false,
    typeName: ZodFirstPartyTypeKind.ZodDate,
    ...processCreateParams(params)
  });
};
var ZodSymbol = class extends ZodType {
  _parse(input) {
    const parsedType = this._getType(input);
    if (parsedType !== ZodParsedType.symbol) {
      const ctx = this._getOrReturnCtx(input);
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.symbol,
        received: ctx.parsedType
      });
      return INVALID;
    }
    return OK(input.data);
  }
};
ZodSymbol.create = (params) => {
  return new ZodSymbol({
    typeName: ZodFirstPartyTypeKind.ZodSymbol,
    ...processCreateParams(params)
  });
};
var ZodUndefined = class extends ZodType {
  _parse(input) {
    const parsedType = this._getType(input);
    if (parsedType !== ZodParsedType.undefined) {
      const ctx = this._getOrReturnCtx(input);
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.undefined,
        received: ctx.parsedType
      });
      return INVALID;
    }
    return OK(input.data);
  }
};
ZodUndefined.create = (params) => {
  return new ZodUndefined({
    typeName: ZodFirstPartyTypeKind.ZodUndefined,
    ...processCreateParams(params)
  });
};
var ZodNull = class extends ZodType {
  _parse(input) {
    const parsedType = this._getType(input);
    if (parsedType !== ZodParsedType.null) {
      const ctx = this._getOrReturnCtx(input);
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.null,
        received: ctx.parsedType
      });
      return INVALID;
    }
    return OK(input.data);
  }
};
ZodNull.create = (params) => {
  return new ZodNull({
    typeName: ZodFirstPartyTypeKind.ZodNull,
    ...processCreateParams(params)
  });
};
var ZodAny = class extends ZodType {
  constructor() {
    super(...arguments);
    this._any = true;
  }
  _parse(input) {
    return OK(input.data);
  }
};
ZodAny.create = (params) => {
  return new ZodAny({
    typeName: ZodFirstPartyTypeKind.ZodAny,
    ...processCreateParams(params)
  });
};
var ZodUnknown = class extends ZodType {
  constructor() {
    super(...arguments);
    this._unknown = true;
  }
  _parse(input) {
    return OK(input.data);
  }
};
ZodUnknown.create = (params) => {
  return new ZodUnknown({
    typeName: ZodFirstPartyTypeKind.ZodUnknown,
    ...processCreateParams(params)
  });
};
var ZodNever = class extends ZodType {
  _parse(input) {
    const ctx = this._getOrReturnCtx(input);
    addIssueToContext(ctx, {
      code: ZodIssueCode.invalid_type,
      expected: ZodParsedType.never,
      received: ctx.parsedType
    });
    return INVALID;
  }
};
ZodNever.create = (params) => {
  return new ZodNever({
    typeName: ZodFirstPartyTypeKind.ZodNever,
    ...processCreateParams(params)
  });
};
var ZodVoid = class extends ZodType {
  _parse(input) {
    const parsedType = this._getType(input);
    if (parsedType !== ZodParsedType.undefined) {
      const ctx = this._getOrReturnCtx(input);
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.void,
        received: ctx.parsedType
      });
      return INVALID;
    }
    return OK(input.data);
  }
};
ZodVoid.create = (params) => {
  return new ZodVoid({
    typeName: ZodFirstPartyTypeKind.ZodVoid,
    ...processCreateParams(params)
  });
};
var ZodArray = class _ZodArray extends ZodType {
  _parse(input) {
    const { ctx, status } = this._processInputParams(input);
    const def = this._def;
    if (ctx.parsedType !== ZodParsedType.array) {
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.array,
        received: ctx.parsedType
      });
      return INVALID;
    }
    if (def.exactLength !== null) {
      const tooBig = ctx.data.length > def.exactLength.value;
      const tooSmall = ctx.data.length < def.exactLength.value;
      if (tooBig || tooSmall) {
        addIssueToContext(ctx, {
          code: tooBig ? ZodIssueCode.too_big : ZodIssueCode.too_small,
          minimum: tooSmall ? def.exactLength.value : void 0,
          maximum: tooBig ? def.exactLength.value : void 0,
          type: "array",
          inclusive: true,
          exact: true,
          message: def.exactLength.message
        });
        status.dirty();
      }
    }
    if (def.minLength !== null) {
      if (ctx.data.length < def.minLength.value) {
        addIssueToContext(ctx, {
          code: ZodIssueCode.too_small,
          minimum: def.minLength.value,
          type: "array",
          inclusive: true,
          exact: false,
          message: def.minLength.message
        });
        status.dirty();
      }
    }
    if (def.maxLength !== null) {
      if (ctx.data.length > def.maxLength.value) {
        addIssueToContext(ctx, {
          code: ZodIssueCode.too_big,
          maximum: def.maxLength.value,
          type: "array",
          inclusive: true,
          exact: false,
          message: def.maxLength.message
        });
        status.dirty();
      }
    }
    if (ctx.common.async) {
      return Promise.all([...ctx.data].map((item, i) => {
        return def.type._parseAsync(new ParseInputLazyPath(ctx, item, ctx.path, i));
      })).then((result2) => {
        return ParseStatus.mergeArray(status, result2);
      });
    }
    const result = [...ctx.data].map((item, i) => {
      return def.type._parseSync(new ParseInputLazyPath(ctx, item, ctx.path, i));
    });
    return ParseStatus.mergeArray(status, result);
  }
  get element() {
    return this._def.type;
  }
  min(minLength, message) {
    return new _ZodArray({
      ...this._def,
      minLength: { value: minLength, message: errorUtil.toString(message) }
    });
  }
  max(maxLength, message) {
    return new _ZodArray({
      ...this._def,
      maxLength: { value: maxLength, message: errorUtil.toString(message) }
    });
  }
  length(len, message) {
    return new _ZodArray({
      ...this._def,
      exactLength: { value: len, message: errorUtil.toString(message) }
    });
  }
  nonempty(message) {
    return this.min(1, message);
  }
};
ZodArray.create = (schema, params) => {
  return new ZodArray({
    type: schema,
    minLength: null,
    maxLength: null,
    exactLength: null,
    typeName: ZodFirstPartyTypeKind.ZodArray,
    ...processCreateParams(params)
  });
};
function deepPartialify(schema) {
  if (schema instanceof ZodObject) {
    const newShape = {};
    for (const key in schema.shape) {
      const fieldSchema = schema.shape[key];
      newShape[key] = ZodOptional.create(deepPartialify(fieldSchema));
    }
    return new ZodObject({
      ...schema._def,
      shape: () => newShape
    });
  } else if (schema instanceof ZodArray) {
    return new ZodArray({
      ...schema._def,
      type: deepPartialify(schema.element)
    });
  } else if (schema instanceof ZodOptional) {
    return ZodOptional.create(deepPartialify(schema.unwrap()));
  } else if (schema instanceof ZodNullable) {
    return ZodNullable.create(deepPartialify(schema.unwrap()));
  } else if (schema instanceof ZodTuple) {
    return ZodTuple.create(schema.items.map((item) => deepPartialify(item)));
  } else {
    return schema;
  }
}
var ZodObject = class _ZodObject extends ZodType {
  constructor() {
    super(...arguments);
    this._cached = null;
    this.nonstrict = this.passthrough;
    this.augment = this.extend;
  }
  _getCached() {
    if (this._cached !== null)
      return this._cached;
    const shape = this._def.shape();
    const keys = util.objectKeys(shape);
    this._cached = { shape, keys };
    return this._cached;
  }
  _parse(input) {
    const parsedType = this._getType(input);
    if (parsedType !== ZodParsedType.object) {
      const ctx2 = this._getOrReturnCtx(input);
      addIssueToContext(ctx2, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.object,
        received: ctx2.parsedType
      });
      return INVALID;
    }
    const { status, ctx } = this._processInputParams(input);
    const { shape, keys: shapeKeys } = this._getCached();
    const extraKeys = [];
    if (!(this._def.catchall instanceof ZodNever && this._def.unknownKeys === "strip")) {
      for (const key in ctx.data) {
        if (!shapeKeys.includes(key)) {
          extraKeys.push(key);
        }
      }
    }
    const pairs = [];
    for (const key of shapeKeys) {
      const keyValidator = shape[key];
      const value = ctx.data[key];
      pairs.push({
        key: { status: "valid", value: key },
        value: keyValidator._parse(new ParseInputLazyPath(ctx, value, ctx.path, key)),
        alwaysSet: key in ctx.data
      });
    }
    if (this._def.catchall instanceof ZodNever) {
      const unknownKeys = this._def.unknownKeys;
      if (unknownKeys === "passthrough") {
        for (const key of extraKeys) {
          pairs.push({
            key: { status: "valid", value: key },
            value: { status: "valid", value: ctx.data[key] }
          });
        }
      } else if (unknownKeys === "strict") {
        if (extraKeys.length > 0) {
          addIssueToContext(ctx, {
            code: ZodIssueCode.unrecognized_keys,
            keys: extraKeys
          });
          status.dirty();
        }
      } else if (unknownKeys === "strip") {
      } else {
        throw new Error(`Internal ZodObject error: invalid unknownKeys value.`);
      }
    } else {
      const catchall = this._def.catchall;
      for (const key of extraKeys) {
        const value = ctx.data[key];
        pairs.push({
          key: { status: "valid", value: key },
          value: catchall._parse(
            new ParseInputLazyPath(ctx, value, ctx.path, key)
            //, ctx.child(key), value, getParsedType(value)
          ),
          alwaysSet: key in ctx.data
        });
      }
    }
    if (ctx.common.async) {
      return Promise.resolve().then(async () => {
        const syncPairs = [];
        for (const pair of pairs) {
          const key = await pair.key;
          const value = await pair.value;
          syncPairs.push({
            key,
            value,
            alwaysSet: pair.alwaysSet
          });
        }
        return syncPairs;
      }).then((syncPairs) => {
        return ParseStatus.mergeObjectSync(status, syncPairs);
      });
    } else {
      return ParseStatus.mergeObjectSync(status, pairs);
    }
  }
  get shape() {
    return this._def.shape();
  }
  strict(message) {
    errorUtil.errToObj;
    return new _ZodObject({
      ...this._def,
      unknownKeys: "strict",
      ...message !== void 0 ? {
        errorMap: (issue, ctx) => {
          const defaultError = this._def.errorMap?.(issue, ctx).message ?? ctx.defaultError;
          if (issue.code === "unrecognized_keys")
            return {
              message: errorUtil.errToObj(message).message ?? defaultError
            };
          return {
            message: defaultError
          };
        }
      } : {}
    });
  }
  strip() {
    return new _ZodObject({
      ...this._def,
      unknownKeys: "strip"
    });
  }
  passthrough() {
    return new _ZodObject({
      ...this._def,
      unknownKeys: "passthrough"
    });
  }
  // const AugmentFactory =
  //   <Def extends ZodObjectDef>(def: Def) =>
  //   <Augmentation extends ZodRawShape>(
  //     augmentation: Augmentation
  //   ): ZodObject<
  //     extendShape<ReturnType<Def["shape"]>, Augmentation>,
  //     Def["unknownKeys"],
  //     Def["catchall"]
  //   > => {
  //     return new ZodObject({
  //       ...def,
  //       shape: () => ({
  //         ...def.shape(),
  //         ...augmentation,
  //       }),
  //     }) as any;
  //   };
  extend(augmentation) {
    return new _ZodObject({
      ...this._def,
      shape: () => ({
        ...this._def.shape(),
        ...augmentation
      })
    });
  }
  /**
   * Prior to zod@1.0.12 there was a bug in the
   * inferred type of merged objects. Please
   * upgrade if you are experiencing issues.
   */
  merge(merging) {
    const merged = new _ZodObject({
      unknownKeys: merging._def.unknownKeys,
      catchall: merging._def.catchall,
      shape: () => ({
        ...this._def.shape(),
        ...merging._def.shape()
      }),
      typeName: ZodFirstPartyTypeKind.ZodObject
    });
    return merged;
  }
  // merge<
  //   Incoming extends AnyZodObject,
  //   Augmentation extends Incoming["shape"],
  //   NewOutput extends {
  //     [k in keyof Augmentation | keyof Output]: k extends keyof Augmentation
  //       ? Augmentation[k]["_output"]
  //       : k extends keyof Output
  //       ? Output[k]
  //       : never;
  //   },
  //   NewInput extends {
  //     [k in keyof Augmentation | keyof Input]: k extends keyof Augmentation
  //       ? Augmentation[k]["_input"]
  //       : k extends keyof Input
  //       ? Input[k]
  //       : never;
  //   }
  // >(
  //   merging: Incoming
  // ): ZodObject<
  //   extendShape<T, ReturnType<Incoming["_def"]["shape"]>>,
  //   Incoming["_def"]["unknownKeys"],
  //   Incoming["_def"]["catchall"],
  //   NewOutput,
  //   NewInput
  // > {
  //   const merged: any = new ZodObject({
  //     unknownKeys: merging._def.unknownKeys,
  //     catchall: merging._def.catchall,
  //     shape: () =>
  //       objectUtil.mergeShapes(this._def.shape(), merging._def.shape()),
  //     typeName: ZodFirstPartyTypeKind.ZodObject,
  //   }) as any;
  //   return merged;
  // }
  setKey(key, schema) {
    return this.augment({ [key]: schema });
  }
  // merge<Incoming extends AnyZodObject>(
  //   merging: Incoming
  // ): //ZodObject<T & Incoming["_shape"], UnknownKeys, Catchall> = (merging) => {
  // ZodObject<
  //   extendShape<T, ReturnType<Incoming["_def"]["shape"]>>,
  //   Incoming["_def"]["unknownKeys"],
  //   Incoming["_def"]["catchall"]
  // > {
  //   // const mergedShape = objectUtil.mergeShapes(
  //   //   this._def.shape(),
  //   //   merging._def.shape()
  //   // );
  //   const merged: any = new ZodObject({
  //     unknownKeys: merging._def.unknownKeys,
  //     catchall: merging._def.catchall,
  //     shape: () =>
  //       objectUtil.mergeShapes(this._def.shape(), merging._def.shape()),
  //     typeName: ZodFirstPartyTypeKind.ZodObject,
  //   }) as any;
  //   return merged;
  // }
  catchall(index) {
    return new _ZodObject({
      ...this._def,
      catchall: index
    });
  }
  pick(mask) {
    const shape = {};
    for (const key of util.objectKeys(mask)) {
      if (mask[key] && this.shape[key]) {
        shape[key] = this.shape[key];
      }
    }
    return new _ZodObject({
      ...this._def,
      shape: () => shape
    });
  }
  omit(mask) {
    const shape = {};
    for (const key of util.objectKeys(this.shape)) {
      if (!mask[key]) {
        shape[key] = this.shape[key];
      }
    }
    return new _ZodObject({
      ...this._def,
      shape: () => shape
    });
  }
  /**
   * @deprecated
   */
  deepPartial() {
    return deepPartialify(this);
  }
  partial(mask) {
    const newShape = {};
    for (const key of util.objectKeys(this.shape)) {
      const fieldSchema = this.shape[key];
      if (mask && !mask[key]) {
        newShape[key] = fieldSchema;
      } else {
        newShape[key] = fieldSchema.optional();
      }
    }
    return new _ZodObject({
      ...this._def,
      shape: () => newShape
    });
  }
  required(mask) {
    const newShape = {};
    for (const key of util.objectKeys(this.shape)) {
      if (mask && !mask[key]) {
        newShape[key] = this.shape[key];
      } else {
        const fieldSchema = this.shape[key];
        let newField = fieldSchema;
        while (newField instanceof ZodOptional) {
          newField = newField._def.innerType;
        }
        newShape[key] = newField;
      }
    }
    return new _ZodObject({
      ...this._def,
      shape: () => newShape
    });
  }
  keyof() {
    return createZodEnum(util.objectKeys(this.shape));
  }
};
ZodObject.create = (shape, params) => {
  return new ZodObject({
    shape: () => shape,
    unknownKeys: "strip",
    catchall: ZodNever.create(),
    typeName: ZodFirstPartyTypeKind.ZodObject,
    ...processCreateParams(params)
  });
};
ZodObject.strictCreate = (shape, params) => {
  return new ZodObject({
    shape: () => shape,
    unknownKeys: "strict",
    catchall: ZodNever.create(),
    typeName: ZodFirstPartyTypeKind.ZodObject,
    ...processCreateParams(params)
  });
};
ZodObject.lazycreate = (shape, params) => {
  return new ZodObject({
    shape,
    unknownKeys: "strip",
    catchall: ZodNever.create(),
    typeName: ZodFirstPartyTypeKind.ZodObject,
    ...processCreateParams(params)
  });
};
var ZodUnion = class extends ZodType {
  _parse(input) {
    const { ctx } = this._processInputParams(input);
    const options2 = this._def.options;
    function handleResults(results) {
      for (const result of results) {
        if (result.result.status === "valid") {
          return result.result;
        }
      }
      for (const result of results) {
        if (result.result.status === "dirty") {
          ctx.common.issues.push(...result.ctx.common.issues);
          return result.result;
        }
      }
      const unionErrors = results.map((result) => new ZodError(result.ctx.common.issues));
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_union,
        unionErrors
      });
      return INVALID;
    }
    if (ctx.common.async) {
      return Promise.all(options2.map(async (option) => {
        const childCtx = {
          ...ctx,
          common: {
            ...ctx.common,
            issues: []
          },
          parent: null
        };
        return {
          result: await option._parseAsync({
            data: ctx.data,
            path: ctx.path,
            parent: childCtx
          }),
          ctx: childCtx
        };
      })).then(handleResults);
    } else {
      let dirty = void 0;
      const issues = [];
      for (const option of options2) {
        const childCtx = {
          ...ctx,
          common: {
            ...ctx.common,
            issues: []
          },
          parent: null
        };
        const result = option._parseSync({
          data: ctx.data,
          path: ctx.path,
          parent: childCtx
        });
        if (result.status === "valid") {
          return result;
        } else if (result.status === "dirty" && !dirty) {
          dirty = { result, ctx: childCtx };
        }
        if (childCtx.common.issues.length) {
          issues.push(childCtx.common.issues);
        }
      }
      if (dirty) {
        ctx.common.issues.push(...dirty.ctx.common.issues);
        return dirty.result;
      }
      const unionErrors = issues.map((issues2) => new ZodError(issues2));
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_union,
        unionErrors
      });
      return INVALID;
    }
  }
  get options() {
    return this._def.options;
  }
};
ZodUnion.create = (types, params) => {
  return new ZodUnion({
    options: types,
    typeName: ZodFirstPartyTypeKind.ZodUnion,
    ...processCreateParams(params)
  });
};
var getDiscriminator = (type) => {
  if (type instanceof ZodLazy) {
    return getDiscriminator(type.schema);
  } else if (type instanceof ZodEffects) {
    return getDiscriminator(type.innerType());
  } else if (type instanceof ZodLiteral) {
    return [type.value];
  } else if (type instanceof ZodEnum) {
    return type.options;
  } else if (type instanceof ZodNativeEnum) {
    return util.objectValues(type.enum);
  } else if (type instanceof ZodDefault) {
    return getDiscriminator(type._def.innerType);
  } else if (type instanceof ZodUndefined) {
    return [void 0];
  } else if (type instanceof ZodNull) {
    return [null];
  } else if (type instanceof ZodOptional) {
    return [void 0, ...getDiscriminator(type.unwrap())];
  } else if (type instanceof ZodNullable) {
    return [null, ...getDiscriminator(type.unwrap())];
  } else if (type instanceof ZodBranded) {
    return getDiscriminator(type.unwrap());
  } else if (type instanceof ZodReadonly) {
    return getDiscriminator(type.unwrap());
  } else if (type instanceof ZodCatch) {
    return getDiscriminator(type._def.innerType);
  } else {
    return [];
  }
};
var ZodDiscriminatedUnion = class _ZodDiscriminatedUnion extends ZodType {
  _parse(input) {
    const { ctx } = this._processInputParams(input);
    if (ctx.parsedType !== ZodParsedType.object) {
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.object,
        received: ctx.parsedType
      });
      return INVALID;
    }
    const discriminator = this.discriminator;
    const discriminatorValue = ctx.data[discriminator];
    const option = this.optionsMap.get(discriminatorValue);
    if (!option) {
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_union_discriminator,
        options: Array.from(this.optionsMap.keys()),
        path: [discriminator]
      });
      return INVALID;
    }
    if (ctx.common.async) {
      return option._parseAsync({
        data: ctx.data,
        path: ctx.path,
        parent: ctx
      });
    } else {
      return option._parseSync({
        data: ctx.data,
        path: ctx.path,
        parent: ctx
      });
    }
  }
  get discriminator() {
    return this._def.discriminator;
  }
  get options() {
    return this._def.options;
  }
  get optionsMap() {
    return this._def.optionsMap;
  }
  /**
   * The constructor of the discriminated union schema. Its behaviour is very similar to that of the normal z.union() constructor.
   * However, it only allows a union of objects, all of which need to share a discriminator property. This property must
   * have a different value for each object in the union.
   * @param discriminator the name of the discriminator property
   * @param types an array of object schemas
   * @param params
   */
  static create(discriminator, options2, params) {
    const optionsMap = /* @__PURE__ */ new Map();
    for (const type of options2) {
      const discriminatorValues = getDiscriminator(type.shape[discriminator]);
      if (!discriminatorValues.length) {
        throw new Error(`A discriminator value for key \`${discriminator}\` could not be extracted from all schema options`);
      }
      for (const value of discriminatorValues) {
        if (optionsMap.has(value)) {
          throw new Error(`Discriminator property ${String(discriminator)} has duplicate value ${String(value)}`);
        }
        optionsMap.set(value, type);
      }
    }
    return new _ZodDiscriminatedUnion({
      typeName: ZodFirstPartyTypeKind.ZodDiscriminatedUnion,
      discriminator,
      options: options2,
      optionsMap,
      ...processCreateParams(params)
    });
  }
};
function mergeValues(a, b) {
  const aType = getParsedType(a);
  const bType = getParsedType(b);
  if (a === b) {
    return { valid: true, data: a };
  } else if (aType === ZodParsedType.object && bType === ZodParsedType.object) {
    const bKeys = util.objectKeys(b);
    const sharedKeys = util.objectKeys(a).filter((key) => bKeys.indexOf(key) !== -1);
    const newObj = { ...a, ...b };
    for (const key of sharedKeys) {
      const sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid) {
        return { valid: false };
      }
      newObj[key] = sharedValue.data;
    }
    return { valid: true, data: newObj };
  } else if (aType === ZodParsedType.array && bType === ZodParsedType.array) {
    if (a.length !== b.length) {
      return { valid: false };
    }
    const newArray = [];
    for (let index = 0; index < a.length; index++) {
      const itemA = a[index];
      const itemB = b[index];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return { valid: false };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  } else if (aType === ZodParsedType.date && bType === ZodParsedType.date && +a === +b) {
    return { valid: true, data: a };
  } else {
    return { valid: false };
  }
}
var ZodIntersection = class extends ZodType {
  _parse(input) {
    const { status, ctx } = this._processInputParams(input);
    const handleParsed = (parsedLeft, parsedRight) => {
      if (isAborted(parsedLeft) || isAborted(parsedRight)) {
        return INVALID;
      }
      const merged = mergeValues(parsedLeft.value, parsedRight.value);
      if (!merged.valid) {
        addIssueToContext(ctx, {
          code: ZodIssueCode.invalid_intersection_types
        });
        return INVALID;
      }
      if (isDirty(parsedLeft) || isDirty(parsedRight)) {
        status.dirty();
      }
      return { status: status.value, value: merged.data };
    };
    if (ctx.common.async) {
      return Promise.all([
        this._def.left._parseAsync({
          data: ctx.data,
          path: ctx.path,
          parent: ctx
        }),
        this._def.right._parseAsync({
          data: ctx.data,
          path: ctx.path,
          parent: ctx
        })
      ]).then(([left, right]) => handleParsed(left, right));
    } else {
      return handleParsed(this._def.left._parseSync({
        data: ctx.data,
        path: ctx.path,
        parent: ctx
      }), this._def.right._parseSync({
        data: ctx.data,
        path: ctx.path,
        parent: ctx
      }));
    }
  }
};
ZodIntersection.create = (left, right, params) => {
  return new ZodIntersection({
    left,
    right,
    typeName: ZodFirstPartyTypeKind.ZodIntersection,
    ...processCreateParams(params)
  });
};
var ZodTuple = class _ZodTuple extends ZodType {
  _parse(input) {
    const { status, ctx } = this._processInputParams(input);
    if (ctx.parsedType !== ZodParsedType.array) {
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.array,
        received: ctx.parsedType
      });
      return INVALID;
    }
    if (ctx.data.length < this._def.items.length) {
      addIssueToContext(ctx, {
        code: ZodIssueCode.too_small,
        minimum: this._def.items.length,
        inclusive: true,
        exact: false,
        type: "array"
      });
      return INVALID;
    }
    const rest = this._def.rest;
    if (!rest && ctx.data.length > this._def.items.length) {
      addIssueToContext(ctx, {
        code: ZodIssueCode.too_big,
        maximum: this._def.items.length,
        inclusive: true,
        exact: false,
        type: "array"
      });
      status.dirty();
    }
    const items = [...ctx.data].map((item, itemIndex2) => {
      const schema = this._def.items[itemIndex2] || this._def.rest;
      if (!schema)
        return null;
      return schema._parse(new ParseInputLazyPath(ctx, item, ctx.path, itemIndex2));
    }).filter((x) => !!x);
    if (ctx.common.async) {
      return Promise.all(items).then((results) => {
        return ParseStatus.mergeArray(status, results);
      });
    } else {
      return ParseStatus.mergeArray(status, items);
    }
  }
  get items() {
    return this._def.items;
  }
  rest(rest) {
    return new _ZodTuple({
      ...this._def,
      rest
    });
  }
};
ZodTuple.create = (schemas, params) => {
  if (!Array.isArray(schemas)) {
    throw new Error("You must pass an array of schemas to z.tuple([ ... ])");
  }
  return new ZodTuple({
    items: schemas,
    typeName: ZodFirstPartyTypeKind.ZodTuple,
    rest: null,
    ...processCreateParams(params)
  });
};
var ZodRecord = class _ZodRecord extends ZodType {
  get keySchema() {
    return this._def.keyType;
  }
  get valueSchema() {
    return this._def.valueType;
  }
  _parse(input) {
    const { status, ctx } = this._processInputParams(input);
    if (ctx.parsedType !== ZodParsedType.object) {
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.object,
        received: ctx.parsedType
      });
      return INVALID;
    }
    const pairs = [];
    const keyType = this._def.keyType;
    const valueType = this._def.valueType;
    for (const key in ctx.data) {
      pairs.push({
        key: keyType._parse(new ParseInputLazyPath(ctx, key, ctx.path, key)),
        value: valueType._parse(new ParseInputLazyPath(ctx, ctx.data[key], ctx.path, key)),
        alwaysSet: key in ctx.data
      });
    }
    if (ctx.common.async) {
      return ParseStatus.mergeObjectAsync(status, pairs);
    } else {
      return ParseStatus.mergeObjectSync(status, pairs);
    }
  }
  get element() {
    return this._def.valueType;
  }
  static create(first, second, third) {
    if (second instanceof ZodType) {
      return new _ZodRecord({
        keyType: first,
        valueType: second,
        typeName: ZodFirstPartyTypeKind.ZodRecord,
        ...processCreateParams(third)
      });
    }
    return new _ZodRecord({
      keyType: ZodString.create(),
      valueType: first,
      typeName: ZodFirstPartyTypeKind.ZodRecord,
      ...processCreateParams(second)
    });
  }
};
var ZodMap = class extends ZodType {
  get keySchema() {
    return this._def.keyType;
  }
  get valueSchema() {
    return this._def.valueType;
  }
  _parse(input) {
    const { status, ctx } = this._processInputParams(input);
    if (ctx.parsedType !== ZodParsedType.map) {
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.map,
        received: ctx.parsedType
      });
      return INVALID;
    }
    const keyType = this._def.keyType;
    const valueType = this._def.valueType;
    const pairs = [...ctx.data.entries()].map(([key, value], index) => {
      return {
        key: keyType._parse(new ParseInputLazyPath(ctx, key, ctx.path, [index, "key"])),
        value: valueType._parse(new ParseInputLazyPath(ctx, value, ctx.path, [index, "value"]))
      };
    });
    if (ctx.common.async) {
      const finalMap = /* @__PURE__ */ new Map();
      return Promise.resolve().then(async () => {
        for (const pair of pairs) {
          const key = await pair.key;
          const value = await pair.value;
          if (key.status === "aborted" || value.status === "aborted") {
            return INVALID;
          }
          if (key.status === "dirty" || value.status === "dirty") {
            status.dirty();
          }
          finalMap.set(key.value, value.value);
        }
        return { status: status.value, value: finalMap };
      });
    } else {
      const finalMap = /* @__PURE__ */ new Map();
      for (const pair of pairs) {
        const key = pair.key;
        const value = pair.value;
        if (key.status === "aborted" || value.status === "aborted") {
          return INVALID;
        }
        if (key.status === "dirty" || value.status === "dirty") {
          status.dirty();
        }
        finalMap.set(key.value, value.value);
      }
      return { status: status.value, value: finalMap };
    }
  }
};
ZodMap.create = (keyType, valueType, params) => {
  return new ZodMap({
    valueType,
    keyType,
    typeName: ZodFirstPartyTypeKind.ZodMap,
    ...processCreateParams(params)
  });
};
var ZodSet = class _ZodSet extends ZodType {
  _parse(input) {
    const { status, ctx } = this._processInputParams(input);
    if (ctx.parsedType !== ZodParsedType.set) {
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.set,
        received: ctx.parsedType
      });
      return INVALID;
    }
    const def = this._def;
    if (def.minSize !== null) {
      if (ctx.data.size < def.minSize.value) {
        addIssueToContext(ctx, {
          code: ZodIssueCode.too_small,
          minimum: def.minSize.value,
          type: "set",
          inclusive: true,
          exact: false,
          message: def.minSize.message
        });
        status.dirty();
      }
    }
    if (def.maxSize !== null) {
      if (ctx.data.size > def.maxSize.value) {
        addIssueToContext(ctx, {
          code: ZodIssueCode.too_big,
          maximum: def.maxSize.value,
          type: "set",
          inclusive: true,
          exact: false,
          message: def.maxSize.message
        });
        status.dirty();
      }
    }
    const valueType = this._def.valueType;
    function finalizeSet(elements2) {
      const parsedSet = /* @__PURE__ */ new Set();
      for (const element of elements2) {
        if (element.status === "aborted")
          return INVALID;
        if (element.status === "dirty")
          status.dirty();
        parsedSet.add(element.value);
      }
      return { status: status.value, value: parsedSet };
    }
    const elements = [...ctx.data.values()].map((item, i) => valueType._parse(new ParseInputLazyPath(ctx, item, ctx.path, i)));
    if (ctx.common.async) {
      return Promise.all(elements).then((elements2) => finalizeSet(elements2));
    } else {
      return finalizeSet(elements);
    }
  }
  min(minSize, message) {
    return new _ZodSet({
      ...this._def,
      minSize: { value: minSize, message: errorUtil.toString(message) }
    });
  }
  max(maxSize, message) {
    return new _ZodSet({
      ...this._def,
      maxSize: { value: maxSize, message: errorUtil.toString(message) }
    });
  }
  size(size, message) {
    return this.min(size, message).max(size, message);
  }
  nonempty(message) {
    return this.min(1, message);
  }
};
ZodSet.create = (valueType, params) => {
  return new ZodSet({
    valueType,
    minSize: null,
    maxSize: null,
    typeName: ZodFirstPartyTypeKind.ZodSet,
    ...processCreateParams(params)
  });
};
var ZodFunction = class _ZodFunction extends ZodType {
  constructor() {
    super(...arguments);
    this.validate = this.implement;
  }
  _parse(input) {
    const { ctx } = this._processInputParams(input);
    if (ctx.parsedType !== ZodParsedType.function) {
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.function,
        received: ctx.parsedType
      });
      return INVALID;
    }
    function makeArgsIssue(args, error) {
      return makeIssue({
        data: args,
        path: ctx.path,
        errorMaps: [ctx.common.contextualErrorMap, ctx.schemaErrorMap, getErrorMap(), en_default].filter((x) => !!x),
        issueData: {
          code: ZodIssueCode.invalid_arguments,
          argumentsError: error
        }
      });
    }
    function makeReturnsIssue(returns, error) {
      return makeIssue({
        data: returns,
        path: ctx.path,
        errorMaps: [ctx.common.contextualErrorMap, ctx.schemaErrorMap, getErrorMap(), en_default].filter((x) => !!x),
        issueData: {
          code: ZodIssueCode.invalid_return_type,
          returnTypeError: error
        }
      });
    }
    const params = { errorMap: ctx.common.contextualErrorMap };
    const fn = ctx.data;
    if (this._def.returns instanceof ZodPromise) {
      const me = this;
      return OK(async function(...args) {
        const error = new ZodError([]);
        const parsedArgs = await me._def.args.parseAsync(args, params).catch((e) => {
          error.addIssue(makeArgsIssue(args, e));
          throw error;
        });
        const result = await Reflect.apply(fn, this, parsedArgs);
        const parsedReturns = await me._def.returns._def.type.parseAsync(result, params).catch((e) => {
          error.addIssue(makeReturnsIssue(result, e));
          throw error;
        });
        return parsedReturns;
      });
    } else {
      const me = this;
      return OK(function(...args) {
        const parsedArgs = me._def.args.safeParse(args, params);
        if (!parsedArgs.success) {
          throw new ZodError([makeArgsIssue(args, parsedArgs.error)]);
        }
        const result = Reflect.apply(fn, this, parsedArgs.data);
        const parsedReturns = me._def.returns.safeParse(result, params);
        if (!parsedReturns.success) {
          throw new ZodError([makeReturnsIssue(result, parsedReturns.error)]);
        }
        return parsedReturns.data;
      });
    }
  }
  parameters() {
    return this._def.args;
  }
  returnType() {
    return this._def.returns;
  }
  args(...items) {
    return new _ZodFunction({
      ...this._def,
      args: ZodTuple.create(items).rest(ZodUnknown.create())
    });
  }
  returns(returnType) {
    return new _ZodFunction({
      ...this._def,
      returns: returnType
    });
  }
  implement(func) {
    const validatedFunc = this.parse(func);
    return validatedFunc;
  }
  strictImplement(func) {
    const validatedFunc = this.parse(func);
    return validatedFunc;
  }
  static create(args, returns, params) {
    return new _ZodFunction({
      args: args ? args : ZodTuple.create([]).rest(ZodUnknown.create()),
      returns: returns || ZodUnknown.create(),
      typeName: ZodFirstPartyTypeKind.ZodFunction,
      ...processCreateParams(params)
    });
  }
};
var ZodLazy = class extends ZodType {
  get schema() {
    return this._def.getter();
  }
  _parse(input) {
    const { ctx } = this._processInputParams(input);
    const lazySchema = this._def.getter();
    return lazySchema._parse({ data: ctx.data, path: ctx.path, parent: ctx });
  }
};
ZodLazy.create = (getter, params) => {
  return new ZodLazy({
    getter,
    typeName: ZodFirstPartyTypeKind.ZodLazy,
    ...processCreateParams(params)
  });
};
var ZodLiteral = class extends ZodType {
  _parse(input) {
    if (input.data !== this._def.value) {
      const ctx = this._getOrReturnCtx(input);
      addIssueToContext(ctx, {
        received: ctx.data,
        code: ZodIssueCode.invalid_literal,
        expected: this._def.value
      });
      return INVALID;
    }
    return { status: "valid", value: input.data };
  }
  get value() {
    return this._def.value;
  }
};
ZodLiteral.create = (value, params) => {
  return new ZodLiteral({
    value,
    typeName: ZodFirstPartyTypeKind.ZodLiteral,
    ...processCreateParams(params)
  });
};
function createZodEnum(values, params) {
  return new ZodEnum({
    values,
    typeName: ZodFirstPartyTypeKind.ZodEnum,
    ...processCreateParams(params)
  });
}
var ZodEnum = class _ZodEnum extends ZodType {
  _parse(input) {
    if (typeof input.data !== "string") {
      const ctx = this._getOrReturnCtx(input);
      const expectedValues = this._def.values;
      addIssueToContext(ctx, {
        expected: util.joinValues(expectedValues),
        received: ctx.parsedType,
        code: ZodIssueCode.invalid_type
      });
      return INVALID;
    }
    if (!this._cache) {
      this._cache = new Set(this._def.values);
    }
    if (!this._cache.has(input.data)) {
      const ctx = this._getOrReturnCtx(input);
      const expectedValues = this._def.values;
      addIssueToContext(ctx, {
        received: ctx.data,
        code: ZodIssueCode.invalid_enum_value,
        options: expectedValues
      });
      return INVALID;
    }
    return OK(input.data);
  }
  get options() {
    return this._def.values;
  }
  get enum() {
    const enumValues = {};
    for (const val of this._def.values) {
      enumValues[val] = val;
    }
    return enumValues;
  }
  get Values() {
    const enumValues = {};
    for (const val of this._def.values) {
      enumValues[val] = val;
    }
    return enumValues;
  }
  get Enum() {
    const enumValues = {};
    for (const val of this._def.values) {
      enumValues[val] = val;
    }
    return enumValues;
  }
  extract(values, newDef = this._def) {
    return _ZodEnum.create(values, {
      ...this._def,
      ...newDef
    });
  }
  exclude(values, newDef = this._def) {
    return _ZodEnum.create(this.options.filter((opt) => !values.includes(opt)), {
      ...this._def,
      ...newDef
    });
  }
};
ZodEnum.create = createZodEnum;
var ZodNativeEnum = class extends ZodType {
  _parse(input) {
    const nativeEnumValues = util.getValidEnumValues(this._def.values);
    const ctx = this._getOrReturnCtx(input);
    if (ctx.parsedType !== ZodParsedType.string && ctx.parsedType !== ZodParsedType.number) {
      const expectedValues = util.objectValues(nativeEnumValues);
      addIssueToContext(ctx, {
        expected: util.joinValues(expectedValues),
        received: ctx.parsedType,
        code: ZodIssueCode.invalid_type
      });
      return INVALID;
    }
    if (!this._cache) {
      this._cache = new Set(util.getValidEnumValues(this._def.values));
    }
    if (!this._cache.has(input.data)) {
      const expectedValues = util.objectValues(nativeEnumValues);
      addIssueToContext(ctx, {
        received: ctx.data,
        code: ZodIssueCode.invalid_enum_value,
        options: expectedValues
      });
      return INVALID;
    }
    return OK(input.data);
  }
  get enum() {
    return this._def.values;
  }
};
ZodNativeEnum.create = (values, params) => {
  return new ZodNativeEnum({
    values,
    typeName: ZodFirstPartyTypeKind.ZodNativeEnum,
    ...processCreateParams(params)
  });
};
var ZodPromise = class extends ZodType {
  unwrap() {
    return this._def.type;
  }
  _parse(input) {
    const { ctx } = this._processInputParams(input);
    if (ctx.parsedType !== ZodParsedType.promise && ctx.common.async === false) {
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.promise,
        received: ctx.parsedType
      });
      return INVALID;
    }
    const promisified = ctx.parsedType === ZodParsedType.promise ? ctx.data : Promise.resolve(ctx.data);
    return OK(promisified.then((data) => {
      return this._def.type.parseAsync(data, {
        path: ctx.path,
        errorMap: ctx.common.contextualErrorMap
      });
    }));
  }
};
ZodPromise.create = (schema, params) => {
  return new ZodPromise({
    type: schema,
    typeName: ZodFirstPartyTypeKind.ZodPromise,
    ...processCreateParams(params)
  });
};
var ZodEffects = class extends ZodType {
  innerType() {
    return this._def.schema;
  }
  sourceType() {
    return this._def.schema._def.typeName === ZodFirstPartyTypeKind.ZodEffects ? this._def.schema.sourceType() : this._def.schema;
  }
  _parse(input) {
    const { status, ctx } = this._processInputParams(input);
    const effect = this._def.effect || null;
    const checkCtx = {
      addIssue: (arg) => {
        addIssueToContext(ctx, arg);
        if (arg.fatal) {
          status.abort();
        } else {
          status.dirty();
        }
      },
      get path() {
        return ctx.path;
      }
    };
    checkCtx.addIssue = checkCtx.addIssue.bind(checkCtx);
    if (effect.type === "preprocess") {
      const processed = effect.transform(ctx.data, checkCtx);
      if (ctx.common.async) {
        return Promise.resolve(processed).then(async (processed2) => {
          if (status.value === "aborted")
            return INVALID;
          const result = await this._def.schema._parseAsync({
            data: processed2,
            path: ctx.path,
            parent: ctx
          });
          if (result.status === "aborted")
            return INVALID;
          if (result.status === "dirty")
            return DIRTY(result.value);
          if (status.value === "dirty")
            return DIRTY(result.value);
          return result;
        });
      } else {
        if (status.value === "aborted")
          return INVALID;
        const result = this._def.schema._parseSync({
          data: processed,
          path: ctx.path,
          parent: ctx
        });
        if (result.status === "aborted")
          return INVALID;
        if (result.status === "dirty")
          return DIRTY(result.value);
        if (status.value === "dirty")
          return DIRTY(result.value);
        return result;
      }
    }
    if (effect.type === "refinement") {
      const executeRefinement = (acc) => {
        const result = effect.refinement(acc, checkCtx);
        if (ctx.common.async) {
          return Promise.resolve(result);
        }
        if (result instanceof Promise) {
          throw new Error("Async refinement encountered during synchronous parse operation. Use .parseAsync instead.");
        }
        return acc;
      };
      if (ctx.common.async === false) {
        const inner = this._def.schema._parseSync({
          data: ctx.data,
          path: ctx.path,
          parent: ctx
        });
        if (inner.status === "aborted")
          return INVALID;
        if (inner.status === "dirty")
          status.dirty();
        executeRefinement(inner.value);
        return { status: status.value, value: inner.value };
      } else {
        return this._def.schema._parseAsync({ data: ctx.data, path: ctx.path, parent: ctx }).then((inner) => {
          if (inner.status === "aborted")
            return INVALID;
          if (inner.status === "dirty")
            status.dirty();
          return executeRefinement(inner.value).then(() => {
            return { status: status.value, value: inner.value };
          });
        });
      }
    }
    if (effect.type === "transform") {
      if (ctx.common.async === false) {
        const base2 = this._def.schema._parseSync({
          data: ctx.data,
          path: ctx.path,
          parent: ctx
        });
        if (!isValid(base2))
          return INVALID;
        const result = effect.transform(base2.value, checkCtx);
        if (result instanceof Promise) {
          throw new Error(`Asynchronous transform encountered during synchronous parse operation. Use .parseAsync instead.`);
        }
        return { status: status.value, value: result };
      } else {
        return this._def.schema._parseAsync({ data: ctx.data, path: ctx.path, parent: ctx }).then((base2) => {
          if (!isValid(base2))
            return INVALID;
          return Promise.resolve(effect.transform(base2.value, checkCtx)).then((result) => ({
            status: status.value,
            value: result
          }));
        });
      }
    }
    util.assertNever(effect);
  }
};
ZodEffects.create = (schema, effect, params) => {
  return new ZodEffects({
    schema,
    typeName: ZodFirstPartyTypeKind.ZodEffects,
    effect,
    ...processCreateParams(params)
  });
};
ZodEffects.createWithPreprocess = (preprocess, schema, params) => {
  return new ZodEffects({
    schema,
    effect: { type: "preprocess", transform: preprocess },
    typeName: ZodFirstPartyTypeKind.ZodEffects,
    ...processCreateParams(params)
  });
};
var ZodOptional = class extends ZodType {
  _parse(input) {
    const parsedType = this._getType(input);
    if (parsedType === ZodParsedType.undefined) {
      return OK(void 0);
    }
    return this._def.innerType._parse(input);
  }
  unwrap() {
    return this._def.innerType;
  }
};
ZodOptional.create = (type, params) => {
  return new ZodOptional({
    innerType: type,
    typeName: ZodFirstPartyTypeKind.ZodOptional,
    ...processCreateParams(params)
  });
};
var ZodNullable = class extends ZodType {
  _parse(input) {
    const parsedType = this._getType(input);
    if (parsedType === ZodParsedType.null) {
      return OK(null);
    }
    return this._def.innerType._parse(input);
  }
  unwrap() {
    return this._def.innerType;
  }
};
ZodNullable.create = (type, params) => {
  return new ZodNullable({
    innerType: type,
    typeName: ZodFirstPartyTypeKind.ZodNullable,
    ...processCreateParams(params)
  });
};
var ZodDefault = class extends ZodType {
  _parse(input) {
    const { ctx } = this._processInputParams(input);
    let data = ctx.data;
    if (ctx.parsedType === ZodParsedType.undefined) {
      data = this._def.defaultValue();
    }
    return this._def.innerType._parse({
      data,
      path: ctx.path,
      parent: ctx
    });
  }
  removeDefault() {
    return this._def.innerType;
  }
};
ZodDefault.create = (type, params) => {
  return new ZodDefault({
    innerType: type,
    typeName: ZodFirstPartyTypeKind.ZodDefault,
    defaultValue: typeof params.default === "function" ? params.default : () => params.default,
    ...processCreateParams(params)
  });
};
var ZodCatch = class extends ZodType {
  _parse(input) {
    const { ctx } = this._processInputParams(input);
    const newCtx = {
      ...ctx,
      common: {
        ...ctx.common,
        issues: []
      }
    };
    const result = this._def.innerType._parse({
      data: newCtx.data,
      path: newCtx.path,
      parent: {
        ...newCtx
      }
    });
    if (isAsync(result)) {
      return result.then((result2) => {
        return {
          status: "valid",
          value: result2.status === "valid" ? result2.value : this._def.catchValue({
            get error() {
              return new ZodError(newCtx.common.issues);
            },
            input: newCtx.data
          })
        };
      });
    } else {
      return {
        status: "valid",
        value: result.status === "valid" ? result.value : this._def.catchValue({
          get error() {
            return new ZodError(newCtx.common.issues);
          },
          input: newCtx.data
        })
      };
    }
  }
  removeCatch() {
    return this._def.innerType;
  }
};
ZodCatch.create = (type, params) => {
  return new ZodCatch({
    innerType: type,
    typeName: ZodFirstPartyTypeKind.ZodCatch,
    catchValue: typeof params.catch === "function" ? params.catch : () => params.catch,
    ...processCreateParams(params)
  });
};
var ZodNaN = class extends ZodType {
  _parse(input) {
    const parsedType = this._getType(input);
    if (parsedType !== ZodParsedType.nan) {
      const ctx = this._getOrReturnCtx(input);
      addIssueToContext(ctx, {
        code: ZodIssueCode.invalid_type,
        expected: ZodParsedType.nan,
        received: ctx.parsedType
      });
      return INVALID;
    }
    return { status: "valid", value: input.data };
  }
};
ZodNaN.create = (params) => {
  return new ZodNaN({
    typeName: ZodFirstPartyTypeKind.ZodNaN,
    ...processCreateParams(params)
  });
};
var BRAND = /* @__PURE__ */ Symbol("zod_brand");
var ZodBranded = class extends ZodType {
  _parse(input) {
    const { ctx } = this._processInputParams(input);
    const data = ctx.data;
    return this._def.type._parse({
      data,
      path: ctx.path,
      parent: ctx
    });
  }
  unwrap() {
    return this._def.type;
  }
};
var ZodPipeline = class _ZodPipeline extends ZodType {
  _parse(input) {
    const { status, ctx } = this._processInputParams(input);
    if (ctx.common.async) {
      const handleAsync = async () => {
        const inResult = await this._def.in._parseAsync({
          data: ctx.data,
          path: ctx.path,
          parent: ctx
        });
        if (inResult.status === "aborted")
          return INVALID;
        if (inResult.status === "dirty") {
          status.dirty();
          return DIRTY(inResult.value);
        } else {
          return this._def.out._parseAsync({
            data: inResult.value,
            path: ctx.path,
            parent: ctx
          });
        }
      };
      return handleAsync();
    } else {
      const inResult = this._def.in._parseSync({
        data: ctx.data,
        path: ctx.path,
        parent: ctx
      });
      if (inResult.status === "aborted")
        return INVALID;
      if (inResult.status === "dirty") {
        status.dirty();
        return {
          status: "dirty",
          value: inResult.value
        };
      } else {
        return this._def.out._parseSync({
          data: inResult.value,
          path: ctx.path,
          parent: ctx
        });
      }
    }
  }
  static create(a, b) {
    return new _ZodPipeline({
      in: a,
      out: b,
      typeName: ZodFirstPartyTypeKind.ZodPipeline
    });
  }
};
var ZodReadonly = class extends ZodType {
  _parse(input) {
    const result = this._def.innerType._parse(input);
    const freeze = (data) => {
      if (isValid(data)) {
        data.value = Object.freeze(data.value);
      }
      return data;
    };
    return isAsync(result) ? result.then((data) => freeze(data)) : freeze(result);
  }
  unwrap() {
    return this._def.innerType;
  }
};
ZodReadonly.create = (type, params) => {
  return new ZodReadonly({
    innerType: type,
    typeName: ZodFirstPartyTypeKind.ZodReadonly,
    ...processCreateParams(params)
  });
};
function cleanParams(params, data) {
  const p2 = typeof params === "function" ? params(data) : typeof params === "string" ? { message: params } : params;
  const p22 = typeof p2 === "string" ? { message: p2 } : p2;
  return p22;
}
function custom(check2, _params = {}, fatal) {
  if (check2)
    return ZodAny.create().superRefine((data, ctx) => {
      const r = check2(data);
      if (r instanceof Promise) {
        return r.then((r2) => {
          if (!r2) {
            const params = cleanParams(_params, data);
            const _fatal = params.fatal ?? fatal ?? true;
            ctx.addIssue({ code: "custom", ...params, fatal: _fatal });
          }
        });
      }
      if (!r) {
        const params = cleanParams(_params, data);
        const _fatal = params.fatal ?? fatal ?? true;
        ctx.addIssue({ code: "custom", ...params, fatal: _fatal });
      }
      return;
    });
  return ZodAny.create();
}
var late = {
  object: ZodObject.lazycreate
};
var ZodFirstPartyTypeKind;
(function(ZodFirstPartyTypeKind2) {
  ZodFirstPartyTypeKind2["ZodString"] = "ZodString";
  ZodFirstPartyTypeKind2["ZodNumber"] = "ZodNumber";
  ZodFirstPartyTypeKind2["ZodNaN"] = "ZodNaN";
  ZodFirstPartyTypeKind2["ZodBigInt"] = "ZodBigInt";
  ZodFirstPartyTypeKind2["ZodBoolean"] = "ZodBoolean";
  ZodFirstPartyTypeKind2["ZodDate"] = "ZodDate";
  ZodFirstPartyTypeKind2["ZodSymbol"] = "ZodSymbol";
  ZodFirstPartyTypeKind2["ZodUndefined"] = "ZodUndefined";
  ZodFirstPartyTypeKind2["ZodNull"] = "ZodNull";
  ZodFirstPartyTypeKind2["ZodAny"] = "ZodAny";
  ZodFirstPartyTypeKind2["ZodUnknown"] = "ZodUnknown";
  ZodFirstPartyTypeKind2["ZodNever"] = "ZodNever";
  ZodFirstPartyTypeKind2["ZodVoid"] = "ZodVoid";
  ZodFirstPartyTypeKind2["ZodArray"] = "ZodArray";
  ZodFirstPartyTypeKind2["ZodObject"] = "ZodObject";
  ZodFirstPartyTypeKind2["ZodUnion"] = "ZodUnion";
  ZodFirstPartyTypeKind2["ZodDiscriminatedUnion"] = "ZodDiscriminatedUnion";
  ZodFirstPartyTypeKind2["ZodIntersection"] = "ZodIntersection";
  ZodFirstPartyTypeKind2["ZodTuple"] = "ZodTuple";
  ZodFirstPartyTypeKind2["ZodRecord"] = "ZodRecord";
  ZodFirstPartyTypeKind2["ZodMap"] = "ZodMap";
  ZodFirstPartyTypeKind2["ZodSet"] = "ZodSet";
  ZodFirstPartyTypeKind2["ZodFunction"] = "ZodFunction";
  ZodFirstPartyTypeKind2["ZodLazy"] = "ZodLazy";
  ZodFirstPartyTypeKind2["ZodLiteral"] = "ZodLiteral";
  ZodFirstPartyTypeKind2["ZodEnum"] = "ZodEnum";
  ZodFirstPartyTypeKind2["ZodEffects"] = "ZodEffects";
  ZodFirstPartyTypeKind2["ZodNativeEnum"] = "ZodNativeEnum";
  ZodFirstPartyTypeKind2["ZodOptional"] = "ZodOptional";
  ZodFirstPartyTypeKind2["ZodNullable"] = "ZodNullable";
  ZodFirstPartyTypeKind2["ZodDefault"] = "ZodDefault";
  ZodFirstPartyTypeKind2["ZodCatch"] = "ZodCatch";
  ZodFirstPartyTypeKind2["ZodPromise"] = "ZodPromise";
  ZodFirstPartyTypeKind2["ZodBranded"] = "ZodBranded";
  ZodFirstPartyTypeKind2["ZodPipeline"] = "ZodPipeline";
  ZodFirstPartyTypeKind2["ZodReadonly"] = "ZodReadonly";
})(ZodFirstPartyTypeKind || (ZodFirstPartyTypeKind = {}));
var instanceOfType = (cls, params = {
  message: `Input not instance of ${cls.name}`
}) => custom((data) => data instanceof cls, params);
var stringType = ZodString.create;
var numberType = ZodNumber.create;
var nanType = ZodNaN.create;
var bigIntType = ZodBigInt.create;
var booleanType = ZodBoolean.create;
var dateType = ZodDate.create;
var symbolType = ZodSymbol.create;
var undefinedType = ZodUndefined.create;
var nullType = ZodNull.create;
var anyType = ZodAny.create;
var unknownType = ZodUnknown.create;
var neverType = ZodNever.create;
var voidType = ZodVoid.create;
var arrayType = ZodArray.create;
var objectType = ZodObject.create;
var strictObjectType = ZodObject.strictCreate;
var unionType = ZodUnion.create;
var discriminatedUnionType = ZodDiscriminatedUnion.create;
var intersectionType = ZodIntersection.create;
var tupleType = ZodTuple.create;
var recordType = ZodRecord.create;
var mapType = ZodMap.create;
var setType = ZodSet.create;
var functionType = ZodFunction.create;
var lazyType = ZodLazy.create;
var literalType = ZodLiteral.create;
var enumType = ZodEnum.create;
var nativeEnumType = ZodNativeEnum.create;
var promiseType = ZodPromise.create;
var effectsType = ZodEffects.create;
var optionalType = ZodOptional.create;
var nullableType = ZodNullable.create;
var preprocessType = ZodEffects.createWithPreprocess;
var pipelineType = ZodPipeline.create;
var ostring = () => stringType().optional();
var onumber = () => numberType().optional();
var oboolean = () => booleanType().optional();
var coerce = {
  string: ((arg) => ZodString.create({ ...arg, coerce: true })),
  number: ((arg) => ZodNumber.create({ ...arg, coerce: true })),
  boolean: ((arg) => ZodBoolean.create({
    ...arg,
    coerce: true
  })),
  bigint: ((arg) => ZodBigInt.create({ ...arg, coerce: true })),
  date: ((arg) => ZodDate.create({ ...arg, coerce: true }))
};
var NEVER = INVALID;

// src/form/types.ts
var YEARS = [2021, 2022, 2023];

// src/form/instructions.ts
var INSTRUCTIONS = [
  {
    id: "truthful",
    text: "\u96C6\u7FA4\u5E94\u5982\u5B9E\u586B\u62A5\u6240\u9644\u5404\u8868\u3002\u8981\u6C42\u6587\u5B57\u7B80\u6D01\uFF0C\u6570\u636E\u51C6\u786E\u3001\u8BE6\u5B9E\uFF0C\u5E76\u63D0\u4F9B\u5FC5\u8981\u7684\u6570\u636E\u6E05\u5355\u53CA\u4F50\u8BC1\u6750\u6599\u3002\u586B\u62A5\u6570\u636E\u5C06\u4F9D\u6743\u9650\u5BF9\u76F8\u5173\u90E8\u95E8\u548C\u5355\u4F4D\u5F00\u653E\u5171\u4EAB\uFF0C\u4EC5\u4F9B\u5BA1\u6838\u9A8C\u8BC1\u548C\u67E5\u9605\u7528\u3002"
  },
  { id: "required", text: "\u5404\u5FC5\u586B\u680F\u76EE\u4E0D\u5F97\u7A7A\u7F3A\uFF0C\u65E0\u76F8\u5173\u60C5\u51B5\u65F6\u5E94\u586B\u5199\u201C\u65E0\u201D\uFF1B\u6570\u636E\u6709\u5C0F\u6570\u65F6\uFF0C\u4FDD\u7559\u5C0F\u6570\u70B9\u540E2\u4F4D\u3002" },
  {
    id: "operatorBody",
    text: "\u96C6\u7FA4\u8FD0\u8425\u7BA1\u7406\u673A\u6784\u662F\u6307\u5BF9\u4EA7\u4E1A\u96C6\u7FA4\u96C6\u4E2D\u8FD0\u8425\u7BA1\u7406\u7684\u4EA7\u4E1A\u56ED\u533A\u7BA1\u59D4\u4F1A\u3001\u56ED\u533A\u8FD0\u8425\u4F01\u4E1A\u6216\u516C\u5171\u670D\u52A1\u673A\u6784\u7B49\u6CD5\u4EBA\u4E3B\u4F53\uFF0C\u57FA\u7840\u5EFA\u8BBE\u5355\u4F4D\u4E0D\u53EF\u4F5C\u4E3A\u96C6\u7FA4\u8FD0\u8425\u7BA1\u7406\u673A\u6784\u3002"
  },
  { id: "evidence", text: "\u4F50\u8BC1\u6750\u6599\u5305\u62EC\u4E3B\u7BA1\u90E8\u95E8\u3001\u7B2C\u4E09\u65B9\u673A\u6784\u51FA\u5177\u7684\u8BC1\u660E\u6216\u7533\u62A5\u4E3B\u4F53\u81EA\u6211\u58F0\u660E\u3002" },
  { id: "financial", text: "\u8D22\u52A1\u6570\u636E\u5E94\u4EE5\u4F01\u4E1A\u8BE5\u5E74\u5EA6\u4F1A\u8BA1\u62A5\u8868\u671F\u672B\u6570\u4E3A\u51C6\u3002" },
  { id: "asOf2023", text: "\u672A\u6CE8\u660E\u586B\u62A5\u5E74\u5EA6\u7684\uFF0C\u8BF7\u586B\u5199\u622A\u6B62\u52302023\u5E74\u5E95\u7684\u6570\u636E\u3002" },
  { id: "productOrder", text: "\u4E3B\u5BFC\u4EA7\u54C1\u6309\u83B7\u5F97\u7684\u4EA7\u54C1\u6536\u5165\u5360\u6BD4\u6216\u91CD\u8981\u7A0B\u5EA6\u4ECE\u9AD8\u5230\u4F4E\u586B\u5199\u3002" },
  {
    id: "employees",
    text: "\u96C6\u7FA4\u5185\u4E2D\u5C0F\u4F01\u4E1A\u4ECE\u4E1A\u4EBA\u5458\u6570\u662F\u6307\u96C6\u7FA4\u5185\u6240\u6709\u4E2D\u5C0F\u4F01\u4E1A\u4ECE\u4E1A\u4EBA\u5458\u671F\u672B\u6570\u4E4B\u548C\u3002\u4ECE\u4E1A\u4EBA\u5458\u671F\u672B\u4EBA\u6570\uFF0C\u4E3A\u4E0A\u5E74\u5EA6\u672B\u5728\u4F01\u4E1A\u5DE5\u4F5C\uFF0C\u5E76\u53D6\u5F97\u5DE5\u8D44\u6216\u5176\u4ED6\u5F62\u5F0F\u52B3\u52A8\u62A5\u916C\u7684\u4EBA\u5458\u6570\uFF0C\u662F\u5728\u5C97\u804C\u5DE5\u3001\u52B3\u52A1\u6D3E\u9063\u4EBA\u5458\u53CA\u5176\u4ED6\u4ECE\u4E1A\u4EBA\u5458\u4E4B\u548C\u3002\u4ECE\u4E1A\u4EBA\u5458\u4EE5\u4E0A\u5E74\u5EA6\u672B\u6570\u636E\u4E3A\u5B9A\u91CF\u4F9D\u636E\u3002"
  },
  {
    id: "rdCost",
    text: "\u4F01\u4E1A\u7814\u53D1\u8D39\u7528\u662F\u6307\u4F01\u4E1A\u7814\u53D1\u6D3B\u52A8\u4E2D\u53D1\u751F\u7684\u76F8\u5173\u8D39\u7528\uFF0C\u5177\u4F53\u6309\u7167\u8D22\u653F\u90E8\u3001\u56FD\u5BB6\u7A0E\u52A1\u603B\u5C40\u3001\u79D1\u6280\u90E8\u300A\u5173\u4E8E\u5B8C\u5584\u7814\u7A76\u5F00\u53D1\u8D39\u7528\u7A0E\u524D\u52A0\u8BA1\u6263\u9664\u653F\u7B56\u7684\u901A\u77E5\u300B\uFF08\u8D22\u7A0E[2015]119\u53F7\uFF09\u6709\u5173\u89C4\u5B9A\u8FDB\u884C\u5F52\u96C6\u3002"
  }
];
var byId = new Map(INSTRUCTIONS.map((i) => [i.id, i.text]));
function instructionText(id) {
  const text = byId.get(id);
  if (text === void 0) throw new Error(`unknown instruction ${id}`);
  return text;
}

// src/form/sections/cover.ts
var CLUSTER_NAME_HINT = "\uFF08XX\u5E02XX\u53BF\uFF08\u5E02\u3001\u533A\uFF09XX\u7279\u8272\u4EA7\u4E1A\u96C6\u7FA4\uFF09";
var cover = {
  id: "cover",
  title: "\u5C01\u9762",
  items: [
    {
      id: "cover.clusterName",
      kind: "text",
      label: "\u96C6\u7FA4\u540D\u79F0",
      hint: CLUSTER_NAME_HINT,
      format: "clusterName",
      maxChars: 60,
      mirrorOf: "s1.clusterName",
      required: true,
      help: ["required"],
      evidence: "none"
    },
    {
      id: "cover.region",
      kind: "region",
      label: "\u6240\u5C5E\u5730\u533A",
      parts: ["\u5E02", "\u53BF\uFF08\u5E02\u3001\u533A\uFF09"],
      required: true,
      help: ["required"],
      evidence: "none"
    },
    {
      id: "cover.authority",
      kind: "text",
      label: "\u53BF\u7EA7\u884C\u653F\u533A\u5212\u4E2D\u5C0F\u4F01\u4E1A\u4E3B\u7BA1\u90E8\u95E8\uFF08\u76D6\u7AE0\uFF09",
      format: "orgName",
      maxChars: 60,
      mirrorOf: "s1.authority",
      required: true,
      help: ["required"],
      evidence: "none"
    },
    {
      id: "cover.operator",
      kind: "text",
      label: "\u96C6\u7FA4\u8FD0\u8425\u7BA1\u7406\u673A\u6784",
      format: "orgName",
      maxChars: 60,
      mirrorOf: "s1.operator",
      required: true,
      help: ["operatorBody", "required"],
      evidence: "none"
    },
    { id: "cover.declareDate", kind: "date", label: "\u7533\u62A5\u65F6\u95F4", required: true, help: ["required"], evidence: "none" },
    {
      id: "cover.contactName",
      kind: "text",
      label: "\u8054\u7CFB\u4EBA",
      group: "\u8054\u7CFB\u4EBA\u53CA\u8054\u7CFB\u7535\u8BDD",
      format: "personName",
      maxChars: 20,
      required: true,
      help: ["required"],
      evidence: "none"
    },
    {
      id: "cover.contactPhone",
      kind: "phone",
      label: "\u8054\u7CFB\u7535\u8BDD",
      group: "\u8054\u7CFB\u4EBA\u53CA\u8054\u7CFB\u7535\u8BDD",
      required: true,
      help: ["required"],
      evidence: "none"
    }
  ]
};

// src/form/builders.ts
var base = (id, label3, extra = {}) => ({
  id,
  label: label3,
  required: true,
  help: ["required"],
  evidence: "none",
  ...extra
});
var CHECK_EVIDENCE_NOTE = "\uFF08\u6CE8\uFF1A\u52FE\u9009\u9700\u63D0\u4F9B\u4F50\u8BC1\u6750\u6599\uFF09";
var TEXT_BLOCK_LIMIT = 200;
function yearRow(id, label3, unit, numberKind, extra = {}) {
  return { ...base(id, label3, extra), kind: "yearRow", unit, numberKind, years: YEARS };
}
function numberItem(id, label3, unit, numberKind, extra = {}) {
  return { ...base(id, label3, { help: ["required", "asOf2023"], ...extra }), kind: "number", unit, numberKind };
}
function textBlock(id, label3, extra = {}) {
  return { ...base(id, label3, { help: ["required", "truthful"], ...extra }), kind: "textBlock", maxChars: TEXT_BLOCK_LIMIT };
}
function options(itemId, labels) {
  return labels.map((label3, i) => ({ id: `${itemId}.${i + 1}`, label: label3 }));
}
function checklist(id, label3, labels, extra = {}) {
  const { prompt, ...rest } = extra;
  return {
    ...base(id, label3, { help: ["evidence"], note: CHECK_EVIDENCE_NOTE, evidence: "perTick", ...rest }),
    kind: "checklist",
    ...prompt === void 0 ? {} : { prompt },
    options: options(id, labels)
  };
}
function choice(id, label3, labels, extra = {}) {
  return { ...base(id, label3, extra), kind: "choice", options: options(id, labels) };
}
var YES_NO = ["\u662F", "\u5426"];

// src/form/sections/s1.ts
var AUTHORITY = "\u53BF\u7EA7\u884C\u653F\u533A\u5212\u4E2D\u5C0F\u4F01\u4E1A\u4E3B\u7BA1\u90E8\u95E8";
var OPERATOR = "\u96C6\u7FA4\u8FD0\u8425\u7BA1\u7406\u673A\u6784";
var s1 = {
  id: "s1",
  title: "\u4E00\u3001\u57FA\u672C\u60C5\u51B5",
  items: [
    {
      id: "s1.clusterName",
      kind: "text",
      label: "\u96C6\u7FA4\u540D\u79F0",
      hint: CLUSTER_NAME_HINT,
      format: "clusterName",
      maxChars: 60,
      required: true,
      help: ["required"],
      evidence: "none"
    },
    {
      id: "s1.authority",
      kind: "text",
      label: AUTHORITY,
      format: "orgName",
      maxChars: 60,
      required: true,
      help: ["required"],
      evidence: "none"
    },
    {
      id: "s1.authorityContact",
      kind: "text",
      label: "\u8054\u7CFB\u4EBA",
      group: AUTHORITY,
      format: "personName",
      maxChars: 20,
      required: true,
      help: ["required"],
      evidence: "none"
    },
    { id: "s1.authorityPhone", kind: "phone", label: "\u8054\u7CFB\u65B9\u5F0F", group: AUTHORITY, required: true, help: ["required"], evidence: "none" },
    {
      id: "s1.operator",
      kind: "text",
      label: OPERATOR,
      format: "orgName",
      maxChars: 60,
      required: true,
      help: ["operatorBody", "required"],
      evidence: "none"
    },
    {
      id: "s1.operatorContact",
      kind: "text",
      label: "\u8054\u7CFB\u4EBA",
      group: OPERATOR,
      format: "personName",
      maxChars: 20,
      required: true,
      help: ["required"],
      evidence: "none"
    },
    { id: "s1.operatorPhone", kind: "phone", label: "\u8054\u7CFB\u65B9\u5F0F", group: OPERATOR, required: true, help: ["required"], evidence: "none" },
    numberItem("s1.area", "\u96C6\u7FA4\u5360\u5730\u9762\u79EF\uFF08\u5E73\u65B9\u516C\u91CC\uFF09", "\u5E73\u65B9\u516C\u91CC", "amount"),
    choice("s1.industryType", "\u4E3B\u5BFC\u4EA7\u4E1A\u6240\u5C5E\u4EA7\u4E1A\u7C7B\u578B", ["\u7B2C\u4E00\u4EA7\u4E1A", "\u7B2C\u4E8C\u4EA7\u4E1A", "\u7B2C\u4E09\u4EA7\u4E1A"]),
    choice("s1.prohibitedIndustry", "\u96C6\u7FA4\u4E3B\u5BFC\u4EA7\u4E1A\u662F\u5426\u5C5E\u4E8E\u56FD\u5BB6\u89C4\u5B9A\u7684\u7981\u6B62\u3001\u9650\u5236\u548C\u6DD8\u6C70\u7C7B\u4EA7\u4E1A", YES_NO),
    choice("s1.incidents", "\u8FD1\u4E09\u5E74\u662F\u5426\u53D1\u751F\u8F83\u5927\u53CA\u4EE5\u4E0A\u5B89\u5168\u3001\u8D28\u91CF\u3001\u73AF\u5883\u6C61\u67D3\u7B49\u4E8B\u6545\uFF0C\u91CD\u5927\u53CA\u4EE5\u4E0A\u7F51\u7EDC\u5B89\u5168\u4E8B\u4EF6\u548C\u6570\u636E\u5B89\u5168\u4E8B\u4EF6", YES_NO),
    choice("s1.misconduct", "\u662F\u5426\u5B58\u5728\u5077\u7A0E\u6F0F\u7A0E\u3001\u8FDD\u6CD5\u8FDD\u89C4\u3001\u4E25\u91CD\u5931\u4FE1\u548C\u5176\u4ED6\u91CD\u5927\u95EE\u9898\u7684\u884C\u4E3A", YES_NO),
    choice("s1.energyBenchmark", "\u5C5E\u4E8E\u9AD8\u8017\u80FD\u884C\u4E1A\u7684\u96C6\u7FA4\uFF0C\u80FD\u6548\u6C34\u5E73\u662F\u5426\u8FBE\u5230\u884C\u4E1A\u57FA\u51C6\u503C", [...YES_NO, "\u975E\u9AD8\u8017\u80FD\u884C\u4E1A\uFF0C\u4E0D\u9002\u7528"]),
    choice("s1.waterBenchmark", "\u5C5E\u4E8E\u9AD8\u7528\u6C34\u884C\u4E1A\u7684\u96C6\u7FA4\uFF0C\u6C34\u6548\u6C34\u5E73\u662F\u5426\u8FBE\u5230\u884C\u4E1A\u57FA\u51C6\u503C", [...YES_NO, "\u975E\u9AD8\u7528\u6C34\u884C\u4E1A\uFF0C\u4E0D\u9002\u7528"])
  ]
};

// src/form/sections/s2.ts
var s2 = {
  id: "s2",
  title: "\u4E8C\u3001\u4E3B\u5BFC\u4EA7\u4E1A\u60C5\u51B5",
  items: [
    yearRow("s2.totalOutput", "\u96C6\u7FA4\u603B\u4EA7\u503C\uFF08\u4EBF\u5143\uFF09", "\u4EBF\u5143", "amount", { help: ["required", "financial"] }),
    yearRow("s2.smeOutputShare", "\u96C6\u7FA4\u5185\u4E2D\u5C0F\u4F01\u4E1A\u4EA7\u503C\u5360\u96C6\u7FA4\u603B\u4EA7\u503C\u6BD4\u4F8B\uFF08%\uFF09", "%", "share", { help: ["required", "financial"] }),
    yearRow("s2.leadingShare", "\u96C6\u7FA4\u4E3B\u5BFC\u4EA7\u4E1A\u4EA7\u503C\u5360\u96C6\u7FA4\u603B\u4EA7\u503C\u6BD4\u4F8B\uFF08%\uFF09", "%", "share", { help: ["required", "financial"] }),
    yearRow("s2.leadingGrowth", "\u96C6\u7FA4\u4E3B\u5BFC\u4EA7\u4E1A\u4EA7\u503C\u589E\u901F\uFF08%\uFF09", "%", "rate", { help: ["required", "financial"] }),
    numberItem("s2.leadingCagr", "\u8FD1\u4E09\u5E74\u4E3B\u5BFC\u4EA7\u4E1A\u4EA7\u503C\u5E74\u5747\u589E\u901F\uFF08%\uFF09", "%", "rate", { help: ["required", "financial"] }),
    yearRow("s2.enterprises", "\u96C6\u7FA4\u4F01\u4E1A\u6570\u91CF", "\u5BB6", "count"),
    yearRow("s2.smes", "\u5176\u4E2D\uFF1A\u96C6\u7FA4\u4E2D\u5C0F\u4F01\u4E1A\u6570\u91CF", "\u5BB6", "count"),
    yearRow("s2.provincialSrdi", "\u4E3B\u5BFC\u4EA7\u4E1A\u76F8\u5173\u7684\u7701\u7EA7\u4E13\u7CBE\u7279\u65B0\u4E2D\u5C0F\u4F01\u4E1A\u6570\u91CF", "\u5BB6", "count"),
    yearRow("s2.littleGiants", "\u4E3B\u5BFC\u4EA7\u4E1A\u76F8\u5173\u7684\u56FD\u5BB6\u7EA7\u4E13\u7CBE\u7279\u65B0\u201C\u5C0F\u5DE8\u4EBA\u201D\u4F01\u4E1A\u6570\u91CF", "\u5BB6", "count"),
    yearRow("s2.singleChampions", "\u4E3B\u5BFC\u4EA7\u4E1A\u76F8\u5173\u7684\u56FD\u5BB6\u7EA7\u5236\u9020\u4E1A\u5355\u9879\u51A0\u519B\u4F01\u4E1A\u6570\u91CF", "\u5BB6", "count"),
    yearRow("s2.highTech", "\u4E3B\u5BFC\u4EA7\u4E1A\u76F8\u5173\u7684\u56FD\u5BB6\u7EA7\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u6570\u91CF", "\u5BB6", "count"),
    yearRow("s2.innovativeSmes", "\u4E3B\u5BFC\u4EA7\u4E1A\u76F8\u5173\u7684\u521B\u65B0\u578B\u4E2D\u5C0F\u4F01\u4E1A\u6570\u91CF", "\u5BB6", "count"),
    yearRow("s2.fdiGrowth", "\u8FD1\u4E09\u5E74\u96C6\u7FA4\u5916\u5546\u76F4\u63A5\u6295\u8D44\u989D\u7D2F\u8BA1\u589E\u957F\u7387\uFF08%\uFF09", "%", "rate", { help: ["required", "financial"] }),
    yearRow("s2.exportGrowth", "\u8FD1\u4E09\u5E74\u96C6\u7FA4\u4E3B\u5BFC\u4EA7\u54C1\u51FA\u53E3\u8D38\u6613\u989D\u7D2F\u8BA1\u589E\u957F\u7387\uFF08%\uFF09", "%", "rate", {
      help: ["required", "financial", "productOrder"]
    }),
    textBlock("s2.chainNarrative", "\u96C6\u7FA4\u4EA7\u4E1A\u94FE\u5F3A\u94FE\u8865\u94FE\u60C5\u51B5\uFF08200\u5B57\u4EE5\u5185\uFF09"),
    checklist("s2.chainWork", "\u96C6\u7FA4\u5DF2\u5F00\u5C55\u7684\u4EA7\u4E1A\u94FE\u5F3A\u94FE\u8865\u94FE\u5DE5\u4F5C", [
      "\u7ED8\u5236\u4EA7\u4E1A\u94FE\u56FE\u8C31\uFF0C\u5F00\u5C55\u4EA7\u4E1A\u94FE\u57F9\u80B2",
      "\u5F62\u6210\u4EA7\u4E1A\u94FE\u6280\u672F\u96BE\u70B9\u6E05\u5355\u6216\u521B\u65B0\u9879\u76EE\u5E93\uFF0C\u5EFA\u7ACB\u201C\u63ED\u699C\u6302\u5E05\u201D\u3001\u201C\u8D5B\u9A6C\u201D\u6216\u4F17\u521B\u4F17\u5305\u7B49\u6FC0\u52B1\u673A\u5236",
      "\u8054\u5408\u96C6\u7FA4\u4E0A\u4E0B\u6E38\u4F01\u4E1A\uFF0C\u7EC4\u5EFA\u521B\u65B0\u8054\u5408\u4F53\uFF0C\u5F00\u5C55\u4EA7\u4E1A\u94FE\u8054\u5408\u653B\u5173",
      "\u5F15\u5165\u9AD8\u7B49\u9662\u6821\u3001\u79D1\u7814\u9662\u6240\uFF0C\u5F00\u5C55\u4EA7\u4E1A\u94FE\u5173\u952E\u73AF\u8282\u4EA7\u5B66\u7814\u534F\u540C\u521B\u65B0",
      "\u5EFA\u6709\u4EA7\u4E1A\u94FE\u4E0A\u4E0B\u6E38\u4EA7\u4F9B\u9500\u4E00\u4F53\u5316\u534F\u540C\u534F\u4F5C\u673A\u5236",
      "\u4E0E\u4EA7\u4E1A\u94FE\u201C\u94FE\u4E3B\u201D\u4F01\u4E1A\u5EFA\u7ACB\u7A33\u5B9A\u5408\u4F5C\u914D\u5957\u5173\u7CFB",
      "\u4E0E\u5148\u8FDB\u5236\u9020\u4E1A\u96C6\u7FA4\u3001\u56FD\u5BB6\u65B0\u578B\u5DE5\u4E1A\u5316\u4EA7\u4E1A\u793A\u8303\u57FA\u5730\u5EFA\u7ACB\u7A33\u5B9A\u5408\u4F5C\u914D\u5957\u5173\u7CFB",
      "\u5F00\u5C55\u4F9B\u5E94\u94FE\u98CE\u9669\u8BC4\u4F30\u5DE5\u4F5C\uFF0C\u5EFA\u7ACB\u4F9B\u5E94\u94FE\u98CE\u9669\u9632\u8303\u673A\u5236"
    ]),
    textBlock("s2.resourceNarrative", "\u96C6\u7FA4\u5185\u4EA7\u4E1A\u94FE\u8D44\u6E90\u534F\u540C\u534F\u4F5C\u60C5\u51B5\uFF08200\u5B57\u4EE5\u5185\uFF09"),
    checklist("s2.resourceWork", "\u96C6\u7FA4\u5DF2\u5F00\u5C55\u7684\u4EA7\u4E1A\u94FE\u8D44\u6E90\u534F\u540C\u534F\u4F5C\u5DE5\u4F5C", [
      "\u5F00\u5C55\u901A\u7528\u751F\u4EA7\u8BBE\u5907\u5171\u4EAB",
      "\u5F00\u5C55\u7269\u6D41\u3001\u4ED3\u50A8\u3001\u8BBE\u8BA1\u7B49\u670D\u52A1\u8D44\u6E90\u5171\u4EAB",
      "\u5F00\u5C55\u4EBA\u529B\u8D44\u6E90\u5171\u4EAB",
      "\u5F00\u5C55\u540C\u7C7B\u8BBE\u5907\u548C\u4EA7\u54C1\u7684\u96C6\u4E2D\u91C7\u9500",
      "\u5EFA\u7ACB\u5171\u4EAB\u8F66\u95F4\u3001\u5171\u4EAB\u5DE5\u5382"
    ]),
    textBlock("s2.qualityNarrative", "\u96C6\u7FA4\u8D28\u91CF\u54C1\u724C\u5EFA\u8BBE\u60C5\u51B5\uFF08200\u5B57\u4EE5\u5185\uFF09"),
    checklist("s2.qualityWork", "\u96C6\u7FA4\u5DF2\u5F00\u5C55\u7684\u8D28\u91CF\u54C1\u724C\u5EFA\u8BBE\u5DE5\u4F5C", [
      "\u5F00\u5C55\u4E86\u5148\u8FDB\u8D28\u91CF\u7BA1\u7406\u6A21\u5F0F\u63A8\u5E7F",
      "\u5F00\u5C55\u4E86\u8D28\u91CF\u8BCA\u65AD\u670D\u52A1",
      "\u5EFA\u7ACB\u4E86\u54C1\u724C\u8FD0\u8425\u3001\u54C1\u724C\u7BA1\u7406\u6807\u51C6\u5BA3\u8D2F\u7B49\u673A\u5236",
      "\u83B7\u5F97\u4E86\u96C6\u4F53\u5546\u6807\u3001\u5730\u7406\u6807\u5FD7\u4EA7\u54C1\u6279\u51C6\u8BA4\u8BC1\u6216\u8BC1\u660E\u5546\u6807\u901A\u8FC7\u6CE8\u518C"
    ])
  ]
};

// src/form/sections/s3.ts
var LIST_EVIDENCE_NOTE = "\uFF08\u9700\u63D0\u4F9B\u6E05\u5355\u53CA\u4F50\u8BC1\u6750\u6599\uFF09";
var s3 = {
  id: "s3",
  title: "\u4E09\u3001\u521B\u65B0\u80FD\u529B\u60C5\u51B5",
  items: [
    yearRow("s3.rdIntensity", "\u96C6\u7FA4\u4E2D\u5C0F\u4F01\u4E1A\u8FD1\u4E09\u5E74\u7814\u53D1\u6295\u5165\u5F3A\u5EA6\uFF08%\uFF09", "%", "share", { help: ["required", "rdCost", "financial"] }),
    yearRow("s3.rdGrowth", "\u96C6\u7FA4\u4E2D\u5C0F\u4F01\u4E1A\u8FD1\u4E09\u5E74\u7814\u53D1\u7ECF\u8D39\u589E\u901F\uFF08%\uFF09", "%", "rate", { help: ["required", "rdCost", "financial"] }),
    {
      id: "s3.standards",
      kind: "standardsMatrix",
      label: "\u96C6\u7FA4\u4E2D\u5C0F\u4F01\u4E1A\u8FD1\u4E09\u5E74\u4E3B\u6301\uFF08\u8D77\u8349\u5355\u4F4D\u6392\u540D\u524D\u4E09\u4F4D\uFF09\u6216\u53C2\u4E0E\u5236\u4FEE\u8BA2\u6807\u51C6\u6570\u91CF\u60C5\u51B5",
      note: "\uFF08\u9700\u63D0\u4F9B\u6E05\u5355\uFF09",
      columnLabel: "\u7C7B\u522B",
      categories: ["\u56FD\u9645", "\u56FD\u5BB6", "\u884C\u4E1A", "\u56E2\u4F53"],
      roles: [
        { id: "host", label: "\u4E3B\u6301\u6570\u91CF" },
        { id: "participate", label: "\u53C2\u4E0E\u6570\u91CF" }
      ],
      years: YEARS,
      required: true,
      help: ["required"],
      evidence: "listOnly"
    },
    {
      id: "s3.standardsList",
      kind: "itemList",
      label: "\u6807\u51C6\u6E05\u5355",
      group: "\u96C6\u7FA4\u4E2D\u5C0F\u4F01\u4E1A\u8FD1\u4E09\u5E74\u4E3B\u6301\uFF08\u8D77\u8349\u5355\u4F4D\u6392\u540D\u524D\u4E09\u4F4D\uFF09\u6216\u53C2\u4E0E\u5236\u4FEE\u8BA2\u6807\u51C6\u6570\u91CF\u60C5\u51B5",
      itemises: ["s3.standards"],
      fields: [
        { id: "name", label: "\u6807\u51C6\u540D\u79F0", kind: "text", required: true },
        { id: "code", label: "\u6807\u51C6\u53F7", kind: "text", required: true },
        { id: "category", label: "\u7C7B\u522B", kind: "choice", required: true, options: ["\u56FD\u9645", "\u56FD\u5BB6", "\u884C\u4E1A", "\u56E2\u4F53"] },
        { id: "role", label: "\u4E3B\u6301\u6216\u53C2\u4E0E", kind: "choice", required: true, options: ["\u4E3B\u6301", "\u53C2\u4E0E"] },
        { id: "year", label: "\u53D1\u5E03\u5E74\u4EFD", kind: "year", required: true },
        { id: "enterprise", label: "\u8D77\u8349\u4F01\u4E1A", kind: "text", required: true }
      ],
      required: true,
      help: ["required"],
      evidence: "listOnly"
    },
    {
      id: "s3.platforms",
      kind: "platforms",
      label: "\u521B\u65B0\u5E73\u53F0\u5EFA\u8BBE\u60C5\u51B5",
      note: LIST_EVIDENCE_NOTE,
      tiers: [
        { id: "national", label: "\u56FD\u5BB6\u5236\u9020\u4E1A\u521B\u65B0\u4E2D\u5FC3\u6216\u56FD\u5BB6\u7EA7\u521B\u65B0\u5E73\u53F0\u540D\u79F0\u53CA\u6570\u91CF" },
        { id: "provincial", label: "\u7701\u7EA7\u5236\u9020\u4E1A\u521B\u65B0\u4E2D\u5FC3\u6216\u7701\u7EA7\u521B\u65B0\u5E73\u53F0\u540D\u79F0\u53CA\u6570\u91CF" },
        { id: "other", label: "\u5176\u4ED6\u5E73\u53F0\u540D\u79F0\u53CA\u6570\u91CF" }
      ],
      countLabel: "\u6570\u91CF\uFF1A",
      nameLabel: "\u540D\u79F0\uFF1A",
      unit: "\u4E2A",
      required: true,
      help: ["required", "evidence"],
      evidence: "listAndEvidence"
    },
    numberItem("s3.smeEmployees", "\u96C6\u7FA4\u5185\u4E2D\u5C0F\u4F01\u4E1A\u4ECE\u4E1A\u4EBA\u5458\u6570\u91CF", "\u4EBA", "count", { help: ["required", "employees", "asOf2023"] }),
    numberItem("s3.rdStaffShare", "\u96C6\u7FA4\u5185\u4E2D\u5C0F\u4F01\u4E1A\u7814\u53D1\u4EBA\u5458\u5360\u4ECE\u4E1A\u4EBA\u5458\u6BD4\u4F8B\uFF08%\uFF09", "%", "share", {
      help: ["required", "employees", "asOf2023"]
    }),
    numberItem("s3.pctApplications", "\u96C6\u7FA4\u4E2D\u5C0F\u4F01\u4E1APCT\u56FD\u9645\u4E13\u5229\u7533\u8BF7\u91CF", "\u4EF6", "count"),
    numberItem("s3.patentGrowth", "\u96C6\u7FA4\u4E2D\u5C0F\u4F01\u4E1A\u8FD1\u4E09\u5E74\u6709\u6548\u53D1\u660E\u4E13\u5229\u5E74\u5747\u589E\u901F\uFF08%\uFF09", "%", "rate"),
    numberItem("s3.patentsPer10k", "\u96C6\u7FA4\u4E2D\u5C0F\u4F01\u4E1A\u4ECE\u4E1A\u4EBA\u5458\u6BCF\u4E07\u4EBA\u6709\u6548\u53D1\u660E\u4E13\u5229\u62E5\u6709\u91CF", "\u4EF6/\u4E07\u4EBA", "ratio", {
      help: ["required", "employees", "asOf2023"]
    }),
    numberItem(
      "s3.inventionPatents",
      "\u96C6\u7FA4\u5185\u4E2D\u5C0F\u4F01\u4E1A\u6709\u6548\u53D1\u660E\u4E13\u5229\u62E5\u6709\u91CF\uFF08\u5305\u62EC\u53D1\u660E\u4E13\u5229\u3001\u56FD\u9632\u4E13\u5229\u3001\u690D\u7269\u65B0\u54C1\u79CD\u3001\u56FD\u5BB6\u7EA7\u519C\u4F5C\u7269\u54C1\u79CD\u3001\u56FD\u5BB6\u65B0\u836F\u3001\u56FD\u5BB6\u4E00\u7EA7\u4E2D\u836F\u4FDD\u62A4\u54C1\u79CD\u3001\u96C6\u6210\u7535\u8DEF\u5E03\u56FE\u8BBE\u8BA1\u4E13\u6709\u6743\u7B49\uFF09",
      "\u4E2A",
      "count",
      { note: LIST_EVIDENCE_NOTE, evidence: "listAndEvidence", help: ["required", "asOf2023", "evidence"] }
    ),
    {
      id: "s3.patentList",
      kind: "itemList",
      label: "\u6709\u6548\u53D1\u660E\u4E13\u5229\u6E05\u5355",
      group: "\u96C6\u7FA4\u5185\u4E2D\u5C0F\u4F01\u4E1A\u6709\u6548\u53D1\u660E\u4E13\u5229\u62E5\u6709\u91CF",
      itemises: ["s3.inventionPatents"],
      fields: [
        { id: "name", label: "\u540D\u79F0", kind: "text", required: true },
        {
          id: "type",
          label: "\u7C7B\u578B",
          kind: "choice",
          required: true,
          options: ["\u53D1\u660E\u4E13\u5229", "\u56FD\u9632\u4E13\u5229", "\u690D\u7269\u65B0\u54C1\u79CD", "\u56FD\u5BB6\u7EA7\u519C\u4F5C\u7269\u54C1\u79CD", "\u56FD\u5BB6\u65B0\u836F", "\u56FD\u5BB6\u4E00\u7EA7\u4E2D\u836F\u4FDD\u62A4\u54C1\u79CD", "\u96C6\u6210\u7535\u8DEF\u5E03\u56FE\u8BBE\u8BA1\u4E13\u6709\u6743"]
        },
        { id: "number", label: "\u4E13\u5229\u53F7\u6216\u8BC1\u4E66\u53F7", kind: "text", required: true },
        { id: "holder", label: "\u6743\u5229\u4EBA", kind: "text", required: true },
        { id: "grantDate", label: "\u6388\u6743\u65E5\u671F", kind: "date", required: false }
      ],
      required: true,
      help: ["required", "evidence"],
      evidence: "listAndEvidence"
    }
  ]
};

// src/form/sections/s4.ts
var NEW_MODES = "\u6570\u5B57\u5316\u65B0\u6A21\u5F0F\u65B0\u4E1A\u6001\u63A8\u5E7F\u60C5\u51B5";
var s4 = {
  id: "s4",
  title: "\u56DB\u3001\u6570\u5B57\u5316\u5347\u7EA7\u60C5\u51B5",
  items: [
    numberItem("s4.cloudRate", "\u4F01\u4E1A\u4E0A\u4E91\u6BD4\u4F8B\uFF08%\uFF09", "%", "share"),
    numberItem("s4.iiotRate", "\u96C6\u7FA4\u4E2D\u5C0F\u4F01\u4E1A\u5DE5\u4E1A\u4E92\u8054\u7F51\u5E73\u53F0\u5E94\u7528\u666E\u53CA\u7387\uFF08%\uFF09", "%", "share"),
    choice("s4.softwareRising", "\u5DE5\u4E1A\u8F6F\u4EF6\u5E94\u7528\u7387\u7A33\u6B65\u63D0\u5347", YES_NO),
    yearRow("s4.softwarePurchases", "\u5DE5\u4E1A\u8F6F\u4EF6\u91C7\u8D2D\u91D1\u989D\uFF08\u4E07\u5143\uFF09", "\u4E07\u5143", "amount", { help: ["required", "financial"] }),
    textBlock("s4.digitalNarrative", "\u6570\u5B57\u5316\u670D\u52A1\u603B\u4F53\u60C5\u51B5\uFF08200\u5B57\u4EE5\u5185\uFF09"),
    checklist("s4.digitalWork", "\u96C6\u7FA4\u5DF2\u5F00\u5C55\u7684\u6570\u5B57\u5316\u670D\u52A1\u5DE5\u4F5C", [
      "\u5F15\u5165\u4E86\u6570\u5B57\u5316\u7CFB\u7EDF\u89E3\u51B3\u65B9\u6848\u670D\u52A1\u5546",
      "\u5F00\u5C55\u4E86\u6570\u5B57\u5316\u5171\u6027\u89E3\u51B3\u65B9\u6848\u5F00\u53D1\u548C\u8BCA\u65AD\u7B49\u670D\u52A1",
      "\u5F00\u5C55\u4E86\u4E24\u5316\u878D\u5408\u7BA1\u7406\u4F53\u7CFB\u63A8\u5E7F\u5DE5\u4F5C",
      "\u5F00\u5C55\u4E86\u667A\u80FD\u5236\u9020\u80FD\u529B\u6210\u719F\u5EA6\u8BC4\u4F30\u6216\u6570\u636E\u7BA1\u7406\u80FD\u529B\u6210\u719F\u5EA6\u8BC4\u4F30\u7B49\u63A8\u5E7F\u5DE5\u4F5C"
    ]),
    textBlock("s4.newModeNarrative", "\u667A\u80FD\u5236\u9020\u3001\u5DE5\u4E1A\u4E92\u8054\u7F51\u4EE5\u53CA\u5176\u5B83\u65B0\u6A21\u5F0F\u65B0\u4E1A\u6001\u8BD5\u70B9\u793A\u8303\u5EFA\u8BBE\u6216\u5E94\u7528\u60C5\u51B5\uFF08200\u5B57\u4EE5\u5185\uFF09", {
      group: NEW_MODES
    }),
    checklist(
      "s4.newModeWork",
      "\u96C6\u7FA4\u5DF2\u5F00\u5C55\u7684\u6570\u5B57\u5316\u65B0\u6A21\u5F0F\u65B0\u4E1A\u6001\u63A8\u5E7F\u5DE5\u4F5C",
      [
        "\u5EFA\u6709\u56FD\u5BB6\u667A\u80FD\u5236\u9020\u3001\u5DE5\u4E1A\u4E92\u8054\u7F51\u4EE5\u53CA\u5176\u5B83\u56FD\u5BB6\u65B0\u6A21\u5F0F\u65B0\u4E1A\u6001\u8BD5\u70B9\u793A\u8303\u9879\u76EE",
        "\u5EFA\u6709\u7701\u7EA7\u667A\u80FD\u5236\u9020\u3001\u5DE5\u4E1A\u4E92\u8054\u7F51\u4EE5\u53CA\u5176\u5B83\u56FD\u5BB6\u65B0\u6A21\u5F0F\u65B0\u4E1A\u6001\u8BD5\u70B9\u793A\u8303\u9879\u76EE",
        "\u5F00\u5C55\u4E86\u667A\u80FD\u5236\u9020\u3001\u5DE5\u4E1A\u4E92\u8054\u7F51\u7B49\u65B0\u6A21\u5F0F\u65B0\u4E1A\u6001\u521B\u65B0\u5E94\u7528\u63A8\u5E7F"
      ],
      { group: NEW_MODES }
    )
  ]
};

// src/form/sections/s5.ts
var ABOVE_AVERAGE = "\u662F\u5426\u9AD8\u4E8E\u884C\u4E1A\u5E73\u5747\u6C34\u5E73";
var ABOVE_AVERAGE_OPTIONS = [...YES_NO, "\u975E\u5DE5\u4E1A\u96C6\u7FA4\uFF0C\u4E0D\u9002\u7528"];
var CO2_FORMULA_NOTE = "\uFF08\u6CE8\uFF1A\u5355\u4F4D\u4EA7\u503C\u4E8C\u6C27\u5316\u78B3\u6392\u653E\u91CF\u9700\u63D0\u4F9B\u8BA1\u7B97\u516C\u5F0F\uFF09";
var s5 = {
  id: "s5",
  title: "\u4E94\u3001\u7EFF\u8272\u5316\u8F6C\u578B\u60C5\u51B5",
  items: [
    choice("s5.carbonMonitoring", "\u5EFA\u7ACB\u4E86\u96C6\u7FA4\u78B3\u6392\u653E\u76D1\u6D4B\u673A\u5236", YES_NO, {
      note: "\uFF08\u5982\u6D89\u53CA\uFF0C\u9700\u63D0\u4F9B\u4F50\u8BC1\u6750\u6599\uFF09",
      evidence: "ifApplicable",
      help: ["required", "evidence"]
    }),
    yearRow("s5.co2Intensity", "\u8FD1\u4E09\u5E74\u5355\u4F4D\u4EA7\u503C\u4E8C\u6C27\u5316\u78B3\u6392\u653E\u91CF\uFF08\u5428\u4E8C\u6C27\u5316\u78B3/\u4E07\u5143\uFF09", "\u5428\u4E8C\u6C27\u5316\u78B3/\u4E07\u5143", "ratio", {
      note: CO2_FORMULA_NOTE
    }),
    // The note asks for the formula; it gets a cell of its own so it is filled, checked and exported.
    textBlock("s5.co2Formula", "\u5355\u4F4D\u4EA7\u503C\u4E8C\u6C27\u5316\u78B3\u6392\u653E\u91CF\u8BA1\u7B97\u516C\u5F0F", { note: CO2_FORMULA_NOTE, group: "\u8FD1\u4E09\u5E74\u5355\u4F4D\u4EA7\u503C\u4E8C\u6C27\u5316\u78B3\u6392\u653E\u91CF\uFF08\u5428\u4E8C\u6C27\u5316\u78B3/\u4E07\u5143\uFF09" }),
    numberItem("s5.energyReduction", "\u8FD1\u4E09\u5E74\u5355\u4F4D\u5DE5\u4E1A\u4EA7\u503C\u80FD\u8017\u964D\u4F4E\u7387\uFF08%\uFF09", "%", "rate"),
    numberItem("s5.solidWasteRate", "\u5927\u5B97\u5DE5\u4E1A\u56FA\u5E9F\u7EFC\u5408\u5229\u7528\u7387\uFF08%\uFF09", "%", "share"),
    choice("s5.solidWasteAboveAverage", ABOVE_AVERAGE, ABOVE_AVERAGE_OPTIONS, { group: "\u5927\u5B97\u5DE5\u4E1A\u56FA\u5E9F\u7EFC\u5408\u5229\u7528\u7387\uFF08%\uFF09" }),
    numberItem("s5.waterReuseRate", "\u5DE5\u4E1A\u7528\u6C34\u91CD\u590D\u5229\u7528\u7387\uFF08%\uFF09", "%", "share"),
    choice("s5.waterAboveAverage", ABOVE_AVERAGE, ABOVE_AVERAGE_OPTIONS, { group: "\u5DE5\u4E1A\u7528\u6C34\u91CD\u590D\u5229\u7528\u7387\uFF08%\uFF09" }),
    textBlock("s5.greenNarrative", "\u96C6\u7FA4\u7EFF\u8272\u4F4E\u78B3\u76F8\u5173\u5DE5\u4F5C\u60C5\u51B5\uFF08200\u5B57\u4EE5\u5185\uFF09"),
    checklist("s5.greenWork", "\u96C6\u7FA4\u5DF2\u5F00\u5C55\u7684\u7EFF\u8272\u4F4E\u78B3\u76F8\u5173\u5DE5\u4F5C", [
      "\u5F00\u5C55\u4E86\u8282\u80FD\u8BCA\u65AD\uFF0C\u5EFA\u7ACB\u8282\u80FD\u7BA1\u63A7\u7CFB\u7EDF\u3001\u4F59\u70ED\u4F59\u538B\u56DE\u6536\u8BBE\u65BD\u7B49",
      "\u5F00\u5C55\u4E86\u78B3\u6392\u653E\u548C\u78B3\u8DB3\u8FF9\u76D1\u6D4B\u4E0E\u6838\u7B97\u7B49",
      "\u5EFA\u7ACB\u4E86\u6C34\u8D44\u6E90\u68AF\u7EA7\u5FAA\u73AF\u5229\u7528\u3001\u5DE5\u4E1A\u5E9F\u5F03\u7269\u5206\u7C7B\u5206\u7EA7\u5229\u7528\u8BBE\u65BD\u7B49",
      "\u5F00\u5C55\u4E86\u6E05\u6D01\u751F\u4EA7\u8BC4\u4EF7\u7B49\u5DE5\u4F5C",
      "\u5F00\u5C55\u4E86\u7EFF\u8272\u5236\u9020\u7CFB\u7EDF\u89E3\u51B3\u65B9\u6848\u63A8\u5E7F"
    ]),
    {
      id: "s5.greenSystem",
      kind: "countGroup",
      label: "\u96C6\u7FA4\u7EFF\u8272\u5236\u9020\u4F53\u7CFB\u5EFA\u8BBE\u6C34\u5E73",
      note: "\uFF08\u6CE8\uFF1A\u9700\u63D0\u4F9B\u6E05\u5355\u53CA\u4F50\u8BC1\u6750\u6599\uFF09",
      counts: [
        { id: "factories", label: "\u7EFF\u8272\u5DE5\u5382\u6570\u91CF" },
        { id: "parks", label: "\u7EFF\u8272\u5DE5\u4E1A\u56ED\u533A\u6570\u91CF" },
        { id: "supplyChains", label: "\u7EFF\u8272\u4F9B\u5E94\u94FE\u7BA1\u7406\u4F01\u4E1A\u6570\u91CF" },
        { id: "products", label: "\u7EFF\u8272\u8BBE\u8BA1\u4EA7\u54C1\u6570\u91CF" }
      ],
      required: true,
      help: ["required", "evidence"],
      evidence: "listAndEvidence"
    },
    {
      id: "s5.greenList",
      kind: "itemList",
      label: "\u7EFF\u8272\u5236\u9020\u4F53\u7CFB\u6E05\u5355",
      group: "\u96C6\u7FA4\u7EFF\u8272\u5236\u9020\u4F53\u7CFB\u5EFA\u8BBE\u6C34\u5E73",
      itemises: ["s5.greenSystem"],
      fields: [
        { id: "category", label: "\u7C7B\u522B", kind: "choice", required: true, options: ["\u7EFF\u8272\u5DE5\u5382", "\u7EFF\u8272\u5DE5\u4E1A\u56ED\u533A", "\u7EFF\u8272\u4F9B\u5E94\u94FE\u7BA1\u7406\u4F01\u4E1A", "\u7EFF\u8272\u8BBE\u8BA1\u4EA7\u54C1"] },
        { id: "name", label: "\u540D\u79F0", kind: "text", required: true },
        { id: "level", label: "\u7EA7\u522B", kind: "choice", required: true, options: ["\u56FD\u5BB6\u7EA7", "\u7701\u7EA7"] },
        { id: "year", label: "\u516C\u5E03\u5E74\u4EFD", kind: "year", required: true }
      ],
      required: true,
      help: ["required", "evidence"],
      evidence: "listAndEvidence"
    }
  ]
};

// src/form/sections/s6.ts
var s6 = {
  id: "s6",
  title: "\u516D\u3001\u5F00\u653E\u5408\u4F5C\u60C5\u51B5",
  items: [
    textBlock("s6.intlNarrative", "\u96C6\u7FA4\u56FD\u9645\u5408\u4F5C\u4EA4\u6D41\u603B\u4F53\u60C5\u51B5\uFF08200\u5B57\u4EE5\u5185\uFF09"),
    checklist("s6.intlWork", "\u96C6\u7FA4\u5DF2\u5F00\u5C55\u7684\u56FD\u9645\u5408\u4F5C\u4EA4\u6D41\u6D3B\u52A8", [
      "\u5EFA\u7ACB\u6216\u53C2\u4E0E\u4E3B\u5BFC\u4EA7\u4E1A\u56FD\u9645\u5408\u4F5C\u673A\u5236",
      "\u4E0E\u5883\u5916\u4EA7\u4E1A\u56ED\u533A\u5F62\u6210\u8F83\u4E3A\u7A33\u5B9A\u7684\u5408\u4F5C\u5173\u7CFB",
      "\u5F15\u8FDB\u4E86\u56FD\u9645\u9886\u5148\u6280\u672F\u3001\u5148\u8FDB\u7BA1\u7406\u7ECF\u9A8C\u6216\u9AD8\u7AEF\u4EBA\u624D\u56E2\u961F\u7B49",
      "\u53C2\u52A0\u4E2D\u56FD\u56FD\u9645\u4E2D\u5C0F\u4F01\u4E1A\u535A\u89C8\u4F1A\u7B49\u5C55\u4F1A\u7C7B\u6D3B\u52A8",
      "\u627F\u529E\u4E3B\u5BFC\u4EA7\u4E1A\u56FD\u9645\u7814\u8BA8\u4F1A\u6216\u6280\u672F\u4EA4\u6D41\u4F1A"
    ]),
    numberItem("s6.overseasBranches", "\u96C6\u7FA4\u6216\u96C6\u7FA4\u5185\u4F01\u4E1A\u5728\u5883\u5916\u8BBE\u7ACB\u5206\u652F\u673A\u6784\u6570\u91CF", "\u4E2A", "count", {
      note: "\uFF08\u9700\u63D0\u4F9B\u6E05\u5355\u53CA\u76F8\u5173\u4F50\u8BC1\u6750\u6599\uFF09",
      evidence: "listAndEvidence",
      help: ["required", "asOf2023", "evidence"]
    }),
    {
      id: "s6.branchList",
      kind: "itemList",
      label: "\u5883\u5916\u5206\u652F\u673A\u6784\u6E05\u5355",
      group: "\u96C6\u7FA4\u6216\u96C6\u7FA4\u5185\u4F01\u4E1A\u5728\u5883\u5916\u8BBE\u7ACB\u5206\u652F\u673A\u6784\u6570\u91CF",
      itemises: ["s6.overseasBranches"],
      fields: [
        { id: "enterprise", label: "\u8BBE\u7ACB\u4F01\u4E1A", kind: "text", required: true },
        { id: "name", label: "\u5206\u652F\u673A\u6784\u540D\u79F0", kind: "text", required: true },
        { id: "country", label: "\u6240\u5728\u56FD\u5BB6\uFF08\u5730\u533A\uFF09", kind: "text", required: true },
        { id: "year", label: "\u8BBE\u7ACB\u5E74\u4EFD", kind: "year", required: true }
      ],
      required: true,
      help: ["required", "evidence"],
      evidence: "listAndEvidence"
    }
  ]
};

// src/form/sections/s7.ts
var s7 = {
  id: "s7",
  title: "\u4E03\u3001\u6CBB\u7406\u548C\u670D\u52A1\u6C34\u5E73",
  items: [
    textBlock("s7.environmentNarrative", "\u96C6\u7FA4\u53D1\u5C55\u73AF\u5883\u60C5\u51B5\uFF08200\u5B57\u4EE5\u5185\uFF09"),
    checklist("s7.environmentWork", "\u96C6\u7FA4\u5DF2\u5F00\u5C55\u7684\u53D1\u5C55\u73AF\u5883\u6CBB\u7406\u5DE5\u4F5C", [
      "\u5EFA\u7ACB\u4E86\u4E13\u4E1A\u5316\u53D1\u5C55\u4FC3\u8FDB\u673A\u6784\u3001\u5F00\u5C55\u5171\u5546\u5171\u5EFA\u5171\u4EAB",
      "\u5EFA\u7ACB\u4E2D\u5C0F\u4F01\u4E1A\u653F\u7B56\u5BA3\u8D2F\u4E0E\u5BF9\u63A5\u673A\u5236",
      "\u5EFA\u7ACB\u4E86\u4E2D\u5C0F\u4F01\u4E1A\u5408\u6CD5\u6743\u76CA\u4FDD\u62A4\u673A\u5236",
      "\u5EFA\u7ACB\u4E86\u516C\u5171\u670D\u52A1\u6548\u679C\u8003\u6838\u673A\u5236",
      "\u5EFA\u7ACB\u5B89\u5168\u751F\u4EA7\u6E90\u5934\u7BA1\u63A7\u548C\u9690\u60A3\u6392\u67E5\u673A\u5236",
      "\u8FD0\u7528\u4E86\u6570\u5B57\u5316\u624B\u6BB5\u63D0\u5347\u6CBB\u7406\u80FD\u529B"
    ]),
    checklist(
      "s7.servicePlatforms",
      "\u96C6\u7FA4\u4E2D\u5C0F\u4F01\u4E1A\u516C\u5171\u670D\u52A1\u5E73\u53F0\u5EFA\u8BBE\u60C5\u51B5",
      ["\u5EFA\u8BBE\u6216\u5F15\u5165\u56FD\u5BB6\u4E2D\u5C0F\u4F01\u4E1A\u516C\u5171\u670D\u52A1\u793A\u8303\u5E73\u53F0", "\u5EFA\u8BBE\u6216\u5F15\u5165\u7701\u7EA7\u4E2D\u5C0F\u4F01\u4E1A\u516C\u5171\u670D\u52A1\u793A\u8303\u5E73\u53F0", "\u5EFA\u7ACB\u4E86\u4E2D\u5C0F\u4F01\u4E1A\u516C\u5171\u670D\u52A1\u5E73\u53F0"],
      { prompt: "\u96C6\u7FA4\u5DF2\u5EFA\u8BBE\u7684\u4E2D\u5C0F\u4F01\u4E1A\u516C\u5171\u670D\u52A1\u5E73\u53F0\uFF1A" }
    ),
    checklist(
      "s7.services",
      "\u96C6\u7FA4\u63D0\u4F9B\u4E2D\u5C0F\u4F01\u4E1A\u516C\u5171\u670D\u52A1\u60C5\u51B5",
      ["\u4FE1\u606F\u670D\u52A1", "\u521B\u4E1A\u8F85\u5BFC", "\u521B\u65B0\u652F\u6301", "\u4EBA\u5458\u57F9\u8BAD", "\u5E02\u573A\u8425\u9500", "\u6295\u878D\u8D44\u670D\u52A1", "\u7BA1\u7406\u54A8\u8BE2"],
      { prompt: "\u96C6\u7FA4\u5DF2\u63D0\u4F9B\u7684\u4E2D\u5C0F\u4F01\u4E1A\u516C\u5171\u670D\u52A1\uFF1A" }
    )
  ]
};

// src/form/sections/s8.ts
var PLAN = "\u56DB\u3001\u672A\u6765\u4E09\u5E74\u7279\u8272\u4EA7\u4E1A\u96C6\u7FA4\u53D1\u5C55\u89C4\u5212";
var GOALS = "\u53D1\u5C55\u76EE\u6807";
var STAGES = "2.\u9636\u6BB5\u6027\u76EE\u6807";
var s8 = {
  id: "s8",
  title: "\u516B\u3001\u672A\u6765\u4E09\u5E74\u7279\u8272\u4EA7\u4E1A\u96C6\u7FA4\u53D1\u5C55\u89C4\u5212",
  items: [
    {
      id: "s8.plan",
      kind: "plan",
      label: "\u672A\u6765\u4E09\u5E74\u7279\u8272\u4EA7\u4E1A\u96C6\u7FA4\u53D1\u5C55\u89C4\u5212",
      note: "\uFF083000\u5B57\u4EE5\u5185\uFF09",
      maxChars: 3e3,
      parts: [
        {
          id: "intro",
          label: "\u4E00\u3001\u96C6\u7FA4\u57FA\u672C\u60C5\u51B5\u7B80\u4ECB",
          guide: "\u5305\u62EC\u603B\u4F53\u60C5\u51B5\u3001\u4E3B\u5BFC\u4EA7\u4E1A\u3001\u4EA7\u4E1A\u96C6\u7FA4\u76F8\u5173\u653F\u7B56\u5236\u5B9A\u4E0E\u5B9E\u65BD\u60C5\u51B5\u3001\u4F18\u8D28\u5E02\u573A\u4E3B\u4F53\u57F9\u80B2\u3001\u54C1\u724C\u6253\u9020\u3001\u4EA7\u4E1A\u94FE\u4F9B\u5E94\u94FE\u5EFA\u8BBE\u7B49\u65B9\u9762\u8FD1\u4E09\u5E74\u6765\u53D1\u5C55\u60C5\u51B5\u3001\u5728\u884C\u4E1A\u4E2D\u6240\u5904\u7684\u5730\u4F4D\u7B49\u3002",
          under: []
        },
        {
          id: "achievements",
          label: "\u4E8C\u3001\u53D1\u5C55\u6210\u6548",
          guide: "\u5305\u62EC\u63D0\u5347\u96C6\u7FA4\u4E3B\u5BFC\u4EA7\u4E1A\u4F18\u52BF\u3001\u6FC0\u53D1\u96C6\u7FA4\u521B\u65B0\u6D3B\u529B\u3001\u63A8\u8FDB\u96C6\u7FA4\u6570\u5B57\u5316\u5347\u7EA7\u3001\u52A0\u5FEB\u96C6\u7FA4\u7EFF\u8272\u4F4E\u78B3\u8F6C\u578B\u3001\u6DF1\u5316\u96C6\u7FA4\u5F00\u653E\u5408\u4F5C\u3001\u63D0\u5347\u96C6\u7FA4\u6CBB\u7406\u548C\u670D\u52A1\u80FD\u529B\u7B49\u65B9\u9762\u5F00\u5C55\u7684\u5DE5\u4F5C\u548C\u53D6\u5F97\u7684\u6210\u7EE9\u3002",
          under: []
        },
        { id: "problems", label: "\u5B58\u5728\u7684\u95EE\u9898", under: [] },
        { id: "approach", label: "\u603B\u4F53\u601D\u8DEF", under: [PLAN] },
        {
          id: "overallGoals",
          label: "1.\u4E09\u5E74\u603B\u4F53\u76EE\u6807",
          guide: "\uFF08\u96C6\u7FA4\u987B\u56F4\u7ED5\u4E3B\u5BFC\u4EA7\u4E1A\u3001\u521B\u65B0\u3001\u6570\u5B57\u5316\u3001\u7EFF\u8272\u5316\u3001\u5F00\u653E\u5408\u4F5C\u3001\u6CBB\u7406\u548C\u670D\u52A1\u7B49\u65B9\u9762\u8BBE\u5B9A\u6E05\u6670\u3001\u53EF\u8003\u6838\u7684\u53D1\u5C55\u76EE\u6807\uFF0C\u9F13\u52B1\u96C6\u7FA4\u6839\u636E\u81EA\u8EAB\u7279\u8272\u589E\u52A0\u8003\u6838\u6307\u6807\uFF0C\u4E0D\u5C40\u9650\u4E8E\u4EE5\u4E0A\u65B9\u9762\uFF09",
          under: [PLAN, GOALS]
        },
        { id: "stage2024", label: "\uFF081\uFF092024\u5E74\u5EA6", under: [PLAN, GOALS, STAGES] },
        { id: "stage2025", label: "\uFF082\uFF092025\u5E74\u5EA6", under: [PLAN, GOALS, STAGES] },
        { id: "stage2026", label: "\uFF083\uFF092026\u5E74\u5EA6", under: [PLAN, GOALS, STAGES] },
        { id: "tasks", label: "\u91CD\u70B9\u4EFB\u52A1", under: [PLAN] },
        { id: "measures", label: "\u4FDD\u969C\u63AA\u65BD", under: [PLAN] }
      ],
      indicatorTable: {
        partId: "overallGoals",
        columns: ["\u65B9\u5411", "\u6307\u6807", "2023\u5E74\u57FA\u51C6\u503C", "2026\u5E74\u76EE\u6807\u503C"],
        directions: [
          { direction: "\u4E3B\u5BFC\u4EA7\u4E1A", examples: ["\u96C6\u7FA4\u4EA7\u503C\u5E74\u5747\u589E\u901F", "\u4F18\u8D28\u4E2D\u5C0F\u4F01\u4E1A\u6570\u91CF"] },
          { direction: "\u521B\u65B0", examples: ["\u7814\u53D1\u7ECF\u8D39\u6295\u5165", "\u6709\u6548\u53D1\u660E\u4E13\u5229\u6570\u91CF"] },
          { direction: "\u6570\u5B57\u5316", examples: ["\u5DE5\u4E1A\u4E92\u8054\u7F51\u666E\u53CA\u7387"] },
          { direction: "\u7EFF\u8272\u5316", examples: ["\u4E8C\u6C27\u5316\u78B3\u6392\u653E\u91CF", "\u5355\u4F4D\u5DE5\u4E1A\u4EA7\u503C\u80FD\u8017"] },
          { direction: "\u5F00\u653E\u5408\u4F5C", examples: ["\u5B9A\u6027\u63CF\u8FF0"] },
          { direction: "\u6CBB\u7406\u548C\u670D\u52A1", examples: ["\u5B9A\u6027\u63CF\u8FF0"] },
          { direction: "\u5176\u5B83", examples: [] }
        ],
        morePlaceholder: "......"
      },
      required: true,
      help: ["required", "truthful"],
      evidence: "none"
    }
  ]
};

// src/form/sections/s9.ts
var DECLARATION = "\u771F\u5B9E\u6027\u58F0\u660E";
var RECOMMENDATION = "\u5E02\u7EA7\u4E2D\u5C0F\u4F01\u4E1A\u4E3B\u7BA1\u90E8\u95E8\u63A8\u8350\u610F\u89C1";
var s9 = {
  id: "s9",
  title: "\u4E5D\u3001\u771F\u5B9E\u6027\u58F0\u660E\u53CA\u63A8\u8350\u610F\u89C1",
  items: [
    {
      id: "s9.declaration",
      kind: "statement",
      label: DECLARATION,
      text: "\u672C\u5355\u4F4D\u627F\u8BFA\u6B64\u6B21\u7533\u62A5\u5C71\u4E1C\u7701\u7279\u8272\u4EA7\u4E1A\u96C6\u7FA4\u7684\u7533\u8BF7\u6750\u6599(\u5305\u62EC\u9644\u4EF6\u8D44\u6599)\u771F\u5B9E\u3001\u5408\u6CD5\u3002\u5982\u6709\u4E0D\u5B9E\u4E4B\u5904\uFF0C\u672C\u5355\u4F4D\u613F\u610F\u8D1F\u76F8\u5E94\u8D23\u4EFB\uFF0C\u5E76\u627F\u62C5\u7531\u6B64\u4EA7\u751F\u7684\u4E00\u5207\u540E\u679C\u3002",
      required: false,
      help: ["truthful"],
      evidence: "none"
    },
    {
      id: "s9.countySignature",
      kind: "paperMark",
      mark: "signature",
      label: "\u53BF\u7EA7\u884C\u653F\u533A\u5212\u4E2D\u5C0F\u4F01\u4E1A\u4E3B\u7BA1\u90E8\u95E8\u8D1F\u8D23\u4EBA\uFF08\u7B7E\u5B57\uFF09",
      group: DECLARATION,
      required: false,
      help: [],
      evidence: "none"
    },
    {
      id: "s9.countyStamp",
      kind: "paperMark",
      mark: "stamp",
      label: "\u53BF\u7EA7\u884C\u653F\u533A\u5212\u4E2D\u5C0F\u4F01\u4E1A\u4E3B\u7BA1\u90E8\u95E8\uFF08\u516C\u7AE0\uFF09",
      group: DECLARATION,
      required: false,
      help: [],
      evidence: "none"
    },
    { id: "s9.countyDate", kind: "paperMark", mark: "date", label: "\u58F0\u660E\u65E5\u671F", group: DECLARATION, required: false, help: [], evidence: "none" },
    {
      id: "s9.cityOpinion",
      kind: "text",
      label: RECOMMENDATION,
      format: "plain",
      maxChars: 500,
      required: false,
      help: [],
      evidence: "none"
    },
    {
      id: "s9.cityStamp",
      kind: "paperMark",
      mark: "stamp",
      label: "\u63A8\u8350\u5355\u4F4D\uFF08\u516C\u7AE0\uFF09",
      group: RECOMMENDATION,
      required: false,
      help: [],
      evidence: "none"
    },
    { id: "s9.cityDate", kind: "paperMark", mark: "date", label: "\u63A8\u8350\u65E5\u671F", group: RECOMMENDATION, required: false, help: [], evidence: "none" }
  ]
};

// src/form/model.ts
var FORM = {
  attachmentMark: "\u9644\u4EF62",
  title: "\u5C71\u4E1C\u7701\u7279\u8272\u4EA7\u4E1A\u96C6\u7FA4\u7533\u62A5\u8868",
  issuer: "\u5C71\u4E1C\u7701\u5DE5\u4E1A\u548C\u4FE1\u606F\u5316\u5385 \u5236",
  instructionsTitle: "\u586B\u62A5\u8BF4\u660E",
  instructions: INSTRUCTIONS,
  sections: [cover, s1, s2, s3, s4, s5, s6, s7, s8, s9]
};

// src/form/queries.ts
var itemIndex = /* @__PURE__ */ new Map();
for (const section of FORM.sections) {
  for (const item of section.items) {
    if (itemIndex.has(item.id)) throw new Error(`duplicate item id ${item.id}`);
    itemIndex.set(item.id, { item, section });
  }
}
function findItem(id) {
  return itemIndex.get(id)?.item;
}
function allItems() {
  return FORM.sections.flatMap((s) => [...s.items]);
}
function isAnswerable(item) {
  if (item.mirrorOf !== void 0) return false;
  switch (item.kind) {
    case "statement":
    case "paperMark":
      return false;
    case "text":
    case "phone":
    case "region":
    case "date":
    case "number":
    case "yearRow":
    case "choice":
    case "checklist":
    case "textBlock":
    case "itemList":
    case "standardsMatrix":
    case "platforms":
    case "countGroup":
    case "plan":
      return true;
    default:
      return assertNever(item);
  }
}
function helpText(item) {
  return item.help.map(instructionText);
}
function assertNever(x) {
  throw new Error(`unexpected ${JSON.stringify(x)}`);
}

// src/rules/config.ts
var NATIONAL = "\u300A\u4E2D\u5C0F\u4F01\u4E1A\u7279\u8272\u4EA7\u4E1A\u96C6\u7FA4\u8BA4\u5B9A\u6807\u51C6\uFF082022\u5E74\u7248\uFF09\u300B\uFF08\u5DE5\u4FE1\u90E8\u4F01\u4E1A\u30142022\u3015119\u53F7\uFF09";
var NATIONAL_2022 = {
  barName: NATIONAL,
  bars: {
    totalOutputEachYear: {
      id: "totalOutputEachYear",
      criterion: "\u96C6\u7FA4\u603B\u4EA7\u503C\uFF08\u6BCF\u5E74\uFF09",
      value: 40,
      compare: "min",
      unit: "\u4EBF\u5143",
      confidence: "confirmed",
      source: NATIONAL
    },
    smeOutputShare: {
      id: "smeOutputShare",
      criterion: "2023\u5E74\u96C6\u7FA4\u5185\u4E2D\u5C0F\u4F01\u4E1A\u4EA7\u503C\u5360\u6BD4",
      value: 70,
      compare: "above",
      unit: "%",
      confidence: "confirmed",
      source: NATIONAL
    },
    leadingShare: {
      id: "leadingShare",
      criterion: "2023\u5E74\u4E3B\u5BFC\u4EA7\u4E1A\u4EA7\u503C\u5360\u6BD4",
      value: 70,
      compare: "above",
      unit: "%",
      confidence: "confirmed",
      source: NATIONAL
    },
    leadingCagr: {
      id: "leadingCagr",
      criterion: "\u8FD1\u4E09\u5E74\u4E3B\u5BFC\u4EA7\u4E1A\u4EA7\u503C\u5E74\u5747\u589E\u901F",
      value: 10,
      compare: "above",
      unit: "%",
      confidence: "confirmed",
      source: NATIONAL
    },
    qualityEnterprises: {
      id: "qualityEnterprises",
      criterion: "2023\u5E74\u5355\u9879\u51A0\u519B\u6216\u4E13\u7CBE\u7279\u65B0\u201C\u5C0F\u5DE8\u4EBA\u201D\u4F01\u4E1A\u6570\u91CF",
      value: 1,
      compare: "min",
      unit: "\u5BB6",
      confidence: "confirmed",
      source: NATIONAL
    },
    area: { id: "area", criterion: "\u96C6\u7FA4\u5360\u5730\u9762\u79EF", value: 100, compare: "max", unit: "\u5E73\u65B9\u516C\u91CC", confidence: "confirmed", source: NATIONAL },
    rdGrowth: {
      id: "rdGrowth",
      criterion: "\u4E2D\u5C0F\u4F01\u4E1A\u7814\u53D1\u7ECF\u8D39\u5E74\u5747\u589E\u957F",
      value: 5,
      compare: "above",
      unit: "%",
      confidence: "likely",
      source: NATIONAL
    },
    iiotRate: {
      id: "iiotRate",
      criterion: "\u5DE5\u4E1A\u4E92\u8054\u7F51\u5E73\u53F0\u5E94\u7528\u666E\u53CA\u7387",
      value: 10,
      compare: "min",
      unit: "%",
      confidence: "likely",
      source: NATIONAL
    },
    standardsCount: {
      id: "standardsCount",
      criterion: "\u8FD1\u4E09\u5E74\u53C2\u4E0E\u4E3B\u5BFC\u4EA7\u4E1A\u6807\u51C6\u5236\u4FEE\u8BA2\u6570\u91CF",
      value: 2,
      compare: "min",
      unit: "\u9879",
      confidence: "likely",
      source: NATIONAL
    }
  },
  qualitySmeAlternative: 10,
  growthTolerancePp: 0.5,
  densityTolerance: 0.05,
  plausibleRate: { min: -50, max: 200 },
  builderWords: ["\u5EFA\u8BBE", "\u5EFA\u7B51", "\u57CE\u5EFA", "\u57CE\u6295", "\u5DE5\u7A0B", "\u65BD\u5DE5", "\u57FA\u7840\u8BBE\u65BD", "\u8DEF\u6865", "\u5E02\u653F"]
};

// src/rules/decimal.ts
var MAX_RAW = 40;
var MAX_INTEGER_DIGITS = 12;
var CANONICAL_DECIMAL = /^(?:-(?!0\.00$))?(?:0|[1-9]\d{0,11})\.\d\d$/;
var CANONICAL_COUNT = /^(?:0|[1-9]\d{0,11})$/;
var GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
var PLAIN = /^[+-]?(\d+)(?:\.(\d*))?$|^[+-]?\.(\d+)$/;
function toHalfWidth(raw) {
  return raw.normalize("NFKC").replace(/[\s\u200b]+/g, "").replace(/[−–—]/g, "-");
}
function stripZeros(int) {
  const t = int.replace(/^0+(?=\d)/, "");
  return t === "" ? "0" : t;
}
function increment(digits) {
  const a = digits.split("");
  let i = a.length - 1;
  while (i >= 0) {
    if (a[i] === "9") {
      a[i] = "0";
      i--;
    } else {
      a[i] = String(Number(a[i]) + 1);
      return a.join("");
    }
  }
  return "1" + a.join("");
}
function roundHalfUp2(int, frac) {
  if (frac.length <= 2) return { int, frac: frac.padEnd(2, "0") };
  const kept = int + frac.slice(0, 2);
  const up = frac.charCodeAt(2) >= 53;
  const n = up ? increment(kept) : kept;
  return { int: stripZeros(n.slice(0, n.length - 2)), frac: n.slice(-2) };
}
function parseNumber(raw, kind) {
  if (typeof raw === "string") {
    if (kind === "count" ? CANONICAL_COUNT.test(raw) : CANONICAL_DECIMAL.test(raw) && (kind === "rate" || raw[0] !== "-")) {
      return { ok: true, value: raw };
    }
  }
  let text;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { ok: false, code: "NUMBER_INVALID" };
    text = String(raw);
    if (/e/i.test(text)) return { ok: false, code: Math.abs(raw) >= 1 ? "NUMBER_TOO_LARGE" : "NUMBER_INVALID" };
  } else if (typeof raw === "string") {
    if (raw.length > MAX_RAW) return { ok: false, code: "NUMBER_INVALID" };
    text = toHalfWidth(raw);
  } else {
    return { ok: false, code: "NUMBER_INVALID" };
  }
  if ((kind === "share" || kind === "rate") && text.endsWith("%")) text = text.slice(0, -1);
  if (GROUPED.test(text)) text = text.replace(/,/g, "");
  const m = PLAIN.exec(text);
  if (!m) return { ok: false, code: "NUMBER_INVALID" };
  const negative = text.startsWith("-");
  const int = stripZeros(m[1] ?? "0");
  const frac = m[2] ?? m[3] ?? "";
  if (int.length > MAX_INTEGER_DIGITS) return { ok: false, code: "NUMBER_TOO_LARGE" };
  const isZero = /^0*$/.test(int + frac);
  if (negative && !isZero && kind !== "rate") return { ok: false, code: "NUMBER_NEGATIVE" };
  const sign = negative && !isZero ? "-" : "";
  if (kind === "count") {
    if (/[1-9]/.test(frac)) return { ok: false, code: "COUNT_NOT_INTEGER" };
    return { ok: true, value: int };
  }
  const r = roundHalfUp2(int, frac);
  const roundedZero = /^0*$/.test(r.int + r.frac);
  const value = `${roundedZero ? "" : sign}${r.int}.${r.frac}`;
  if (frac.length > 2) {
    const from = `${sign}${int}.${frac}`;
    return { ok: true, value, rounded: { from, to: value } };
  }
  return { ok: true, value };
}
function toNumber(canonical) {
  if (canonical === void 0 || canonical === "") return void 0;
  const n = Number(canonical);
  return Number.isFinite(n) ? n : void 0;
}
function format2(n) {
  const sign = n < 0 ? "-" : "";
  const abs = Math.abs(n);
  const [int, frac = ""] = abs.toFixed(6).split(".");
  const r = roundHalfUp2(int, frac);
  const zero = /^0*$/.test(r.int + r.frac);
  return `${zero ? "" : sign}${r.int}.${r.frac}`;
}

// src/rules/read.ts
function yearValue(answers2, itemId, year) {
  const row2 = answers2[itemId]?.value;
  if (row2 === null || typeof row2 !== "object") return void 0;
  return numberOf(row2[year], itemId);
}
function numberValue(answers2, itemId) {
  return numberOf(answers2[itemId]?.value, itemId);
}
function numberOf(raw, itemId) {
  const item = findItem(itemId);
  const kind = item && (item.kind === "number" || item.kind === "yearRow") ? item.numberKind : "amount";
  const r = parseNumber(raw, kind);
  return r.ok ? toNumber(r.value) : void 0;
}
function countOf(raw) {
  const r = parseNumber(raw, "count");
  return r.ok ? Number(r.value) : void 0;
}
function choiceLabel(answers2, itemId) {
  const item = findItem(itemId);
  const id = answers2[itemId]?.value;
  if (!item || item.kind !== "choice" || typeof id !== "string") return void 0;
  return item.options.find((o) => o.id === id)?.label;
}
function listEntries(answers2, itemId) {
  const v = answers2[itemId]?.value;
  return v && Array.isArray(v.entries) ? v.entries : void 0;
}

// src/rules/derived.ts
var derived = (value, formula) => ({
  value,
  get text() {
    return format2(value);
  },
  get formula() {
    return formula();
  }
});
function leadingOutput(answers2, year) {
  const total = yearValue(answers2, "s2.totalOutput", String(year));
  const share = yearValue(answers2, "s2.leadingShare", String(year));
  if (total === void 0 || share === void 0) return void 0;
  const v = total * share / 100;
  return derived(v, () => `${year}\u5E74\u4E3B\u5BFC\u4EA7\u4E1A\u4EA7\u503C = \u96C6\u7FA4\u603B\u4EA7\u503C \xD7 \u4E3B\u5BFC\u4EA7\u4E1A\u4EA7\u503C\u5360\u6BD4 = ${format2(total)} \xD7 ${format2(share)}% = ${format2(v)} \u4EBF\u5143`);
}
function leadingGrowth(answers2, year) {
  const now = leadingOutput(answers2, year);
  const before = leadingOutput(answers2, year - 1);
  if (!now || !before || before.value === 0) return void 0;
  const g = (now.value / before.value - 1) * 100;
  return derived(g, () => `${year}\u5E74\u4E3B\u5BFC\u4EA7\u4E1A\u4EA7\u503C\u589E\u901F = ${now.text} \xF7 ${before.text} \u2212 1 = ${format2(g)}%`);
}
function leadingCagr(answers2) {
  const v2021 = leadingOutput(answers2, 2021);
  const v2023 = leadingOutput(answers2, 2023);
  if (!v2021 || !v2023 || v2021.value <= 0 || v2023.value <= 0) return void 0;
  const g2021 = yearValue(answers2, "s2.leadingGrowth", "2021");
  if (g2021 !== void 0 && g2021 > -100) {
    const base2 = v2021.value / (1 + g2021 / 100);
    const r2 = (Math.pow(v2023.value / base2, 1 / 3) - 1) * 100;
    return derived(
      r2,
      () => `\u8FD1\u4E09\u5E74\u5E74\u5747\u589E\u901F = (2023\u5E74\u4E3B\u5BFC\u4EA7\u4E1A\u4EA7\u503C \xF7 2020\u5E74\u4E3B\u5BFC\u4EA7\u4E1A\u4EA7\u503C)^(1/3) \u2212 1 = (${v2023.text} \xF7 ${format2(base2)})^(1/3) \u2212 1 = ${format2(r2)}%\uFF082020\u5E74 = ${v2021.text} \xF7 (1 + ${format2(g2021)}%)\uFF09`
    );
  }
  const r = (Math.pow(v2023.value / v2021.value, 1 / 2) - 1) * 100;
  return derived(r, () => `\u8FD1\u4E09\u5E74\u5E74\u5747\u589E\u901F = (2023\u5E74\u4E3B\u5BFC\u4EA7\u4E1A\u4EA7\u503C \xF7 2021\u5E74\u4E3B\u5BFC\u4EA7\u4E1A\u4EA7\u503C)^(1/2) \u2212 1 = (${v2023.text} \xF7 ${v2021.text})^(1/2) \u2212 1 = ${format2(r)}%`);
}
function patentDensity(answers2) {
  const patents = numberValue(answers2, "s3.inventionPatents");
  const employees = numberValue(answers2, "s3.smeEmployees");
  if (patents === void 0 || employees === void 0 || employees === 0) return void 0;
  const v = patents / employees * 1e4;
  return derived(v, () => `\u6BCF\u4E07\u4EBA\u6709\u6548\u53D1\u660E\u4E13\u5229\u62E5\u6709\u91CF = \u6709\u6548\u53D1\u660E\u4E13\u5229\u62E5\u6709\u91CF \xF7 \u4E2D\u5C0F\u4F01\u4E1A\u4ECE\u4E1A\u4EBA\u5458\u6570 \xD7 10000 = ${patents} \xF7 ${employees} \xD7 10000 = ${format2(v)}`);
}
function meanGrowth(answers2, itemId) {
  const rates = ["2021", "2022", "2023"].map((y) => yearValue(answers2, itemId, y));
  if (rates.some((r) => r === void 0 || r <= -100)) return void 0;
  const product = rates.reduce((p2, r) => p2 * (1 + r / 100), 1);
  const g = (Math.pow(product, 1 / 3) - 1) * 100;
  return derived(g, () => `\u5E74\u5747\u589E\u957F = ((1+g\u2082\u2080\u2082\u2081)(1+g\u2082\u2080\u2082\u2082)(1+g\u2082\u2080\u2082\u2083))^(1/3) \u2212 1 = ${format2(g)}%`);
}

// src/rules/messages.ts
var p = (params, key) => String(params[key] ?? "");
function ruleMessage(code, params) {
  switch (code) {
    case "VALUE_SHAPE":
      return `\u201C${p(params, "label")}\u201D\u7684\u6570\u636E\u683C\u5F0F\u4E0D\u6B63\u786E\uFF0C\u8BF7\u91CD\u65B0\u586B\u5199\u3002`;
    case "REQUIRED_MISSING":
      return `\u201C${p(params, "label")}\u201D\u4E3A\u5FC5\u586B\u9879\uFF0C\u4E0D\u5F97\u7A7A\u7F3A\uFF1B\u65E0\u76F8\u5173\u60C5\u51B5\u65F6\u8BF7\u586B\u5199\u201C\u65E0\u201D${params.zeroOk ? "\uFF08\u6570\u91CF\u8BF7\u586B 0\uFF09" : ""}\u3002`;
    case "NUMBER_INVALID":
      return `\u201C${p(params, "label")}\u201D\u9700\u8981\u586B\u5199\u6570\u5B57\uFF0C\u4F8B\u5982 ${p(params, "example")}\u3002`;
    case "NUMBER_NEGATIVE":
      return `\u201C${p(params, "label")}\u201D\u4E0D\u80FD\u4E3A\u8D1F\u6570\u3002`;
    case "COUNT_NOT_INTEGER":
      return `\u201C${p(params, "label")}\u201D\u662F\u6570\u91CF\uFF0C\u53EA\u80FD\u586B\u5199 0 \u6216\u6B63\u6574\u6570\u3002`;
    case "NUMBER_TOO_LARGE":
      return `\u201C${p(params, "label")}\u201D\u7684\u6570\u503C\u8FC7\u5927\uFF0C\u8BF7\u6838\u5BF9\u5355\u4F4D\uFF08${p(params, "unit")}\uFF09\u3002`;
    case "DECIMAL_ROUNDED":
      return `\u5DF2\u6309\u586B\u62A5\u8BF4\u660E\u4FDD\u7559\u4E24\u4F4D\u5C0F\u6570\uFF1A${p(params, "from")} \u2192 ${p(params, "to")}\u3002`;
    case "SHARE_OUT_OF_RANGE":
      return `\u201C${p(params, "label")}\u201D\u662F\u6BD4\u4F8B\uFF0C\u5E94\u5728 0 \u5230 100 \u4E4B\u95F4\uFF08\u5F53\u524D ${p(params, "value")}\uFF09\u3002`;
    case "RATE_IMPLAUSIBLE":
      return `\u201C${p(params, "label")}\u201D\u4E3A ${p(params, "value")}%\uFF0C\u8D85\u51FA\u5E38\u89C1\u8303\u56F4\uFF08${p(params, "min")}% \u81F3 ${p(params, "max")}%\uFF09\uFF0C\u8BF7\u6838\u5BF9\u6216\u7B80\u8981\u8BF4\u660E\u539F\u56E0\u3002`;
    case "TEXT_TOO_LONG":
      return `\u201C${p(params, "label")}\u201D\u9650 ${p(params, "max")} \u5B57\uFF0C\u5F53\u524D ${p(params, "count")} \u5B57\uFF0C\u8BF7\u7CBE\u7B80 ${p(params, "over")} \u5B57\u3002`;
    case "TEXT_CONTROL_CHARS":
      return `\u201C${p(params, "label")}\u201D\u542B\u6709\u4E0D\u53EF\u89C1\u7684\u63A7\u5236\u5B57\u7B26\uFF0C\u8BF7\u5220\u9664\u540E\u91CD\u65B0\u586B\u5199\u3002`;
    case "NONE_NOT_ALLOWED":
      return `\u201C${p(params, "label")}\u201D\u9700\u8981\u586B\u5199\u5177\u4F53\u5185\u5BB9\uFF0C\u4E0D\u80FD\u586B\u5199\u201C\u65E0\u201D\u3002`;
    case "PHONE_INVALID":
      return `\u201C${p(params, "label")}\u201D\u5E94\u4E3A 11 \u4F4D\u624B\u673A\u53F7\u6216\u5E26\u533A\u53F7\u7684\u5EA7\u673A\u53F7\uFF0C\u4F8B\u5982 13805310000 \u6216 0531-86061234\u3002`;
    case "DATE_INVALID":
      return `\u201C${p(params, "label")}\u201D\u4E0D\u662F\u6709\u6548\u65E5\u671F\uFF0C\u8BF7\u6309 2024-03-15 \u6216 2024\u5E743\u670815\u65E5 \u586B\u5199\u3002`;
    case "DATE_IN_FUTURE":
      return `\u201C${p(params, "label")}\u201D\u665A\u4E8E\u4ECA\u5929\uFF08${p(params, "today")}\uFF09\uFF0C\u8BF7\u6838\u5BF9\u3002`;
    case "REGION_CITY_UNKNOWN":
      return `\u6240\u5C5E\u5730\u533A\u7684\u201C${p(params, "city")}\u201D\u4E0D\u662F\u5C71\u4E1C\u7701\u7684\u8BBE\u533A\u5E02\uFF0C\u8BF7\u4ECE 16 \u4E2A\u5E02\u4E2D\u9009\u62E9\u3002`;
    case "REGION_COUNTY_UNKNOWN":
      return `\u201C${p(params, "county")}\u201D\u4E0D\u662F${p(params, "city")}\u7684\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u6216\u529F\u80FD\u533A\uFF0C\u8BF7\u6838\u5BF9\u3002`;
    case "CLUSTER_NAME_SUFFIX":
      return "\u96C6\u7FA4\u540D\u79F0\u5E94\u4EE5\u201C\u7279\u8272\u4EA7\u4E1A\u96C6\u7FA4\u201D\u7ED3\u5C3E\uFF0C\u683C\u5F0F\u4E3A\u201CXX\u5E02XX\u53BF\uFF08\u5E02\u3001\u533A\uFF09XX\u7279\u8272\u4EA7\u4E1A\u96C6\u7FA4\u201D\u3002";
    case "CLUSTER_NAME_REGION_MISMATCH":
      return `\u96C6\u7FA4\u540D\u79F0\u4E2D\u7684\u201C${p(params, "named")}\u201D\u4E0E\u6240\u5C5E\u5730\u533A\uFF08${p(params, "region")}\uFF09\u4E0D\u4E00\u81F4\u3002`;
    case "CLUSTER_NAME_PATTERN":
      return `\u96C6\u7FA4\u540D\u79F0\u4E0E\u586B\u62A5\u683C\u5F0F\u201CXX\u5E02XX\u53BF\uFF08\u5E02\u3001\u533A\uFF09XX\u7279\u8272\u4EA7\u4E1A\u96C6\u7FA4\u201D\u4E0D\u5B8C\u5168\u4E00\u81F4\uFF08${p(params, "why")}\uFF09\uFF0C\u5982\u4E3A\u6B63\u5F0F\u540D\u79F0\u8BF7\u7B80\u8981\u8BF4\u660E\u3002`;
    case "OPERATOR_LOOKS_LIKE_BUILDER":
      return `\u201C${p(params, "name")}\u201D\u770B\u8D77\u6765\u662F\u57FA\u7840\u5EFA\u8BBE\u5355\u4F4D\u3002\u586B\u62A5\u8BF4\u660E\uFF1A\u57FA\u7840\u5EFA\u8BBE\u5355\u4F4D\u4E0D\u53EF\u4F5C\u4E3A\u96C6\u7FA4\u8FD0\u8425\u7BA1\u7406\u673A\u6784\uFF0C\u8BF7\u786E\u8BA4\u6216\u8BF4\u660E\u3002`;
    case "OPTION_UNKNOWN":
      return `\u201C${p(params, "label")}\u201D\u7684\u9009\u9879\u4E0D\u5728\u7533\u62A5\u8868\u6240\u5217\u9009\u9879\u4E2D\u3002`;
    case "LIST_EMPTY":
      return `\u201C${p(params, "label")}\u201D\u9700\u8981\u63D0\u4F9B\u6E05\u5355\uFF1A\u8BF7\u9010\u6761\u586B\u5199\uFF0C\u786E\u65E0\u76F8\u5173\u60C5\u51B5\u65F6\u9009\u62E9\u201C\u65E0\u201D\u3002`;
    case "LIST_ENTRY_INCOMPLETE":
      return `\u201C${p(params, "label")}\u201D\u7B2C ${p(params, "index")} \u6761\u7F3A\u5C11\u201C${p(params, "field")}\u201D\u3002`;
    case "PLAN_PART_MISSING":
      return `\u53D1\u5C55\u89C4\u5212\u7684\u201C${p(params, "part")}\u201D\u90E8\u5206\u5C1A\u672A\u586B\u5199\u3002`;
    case "INDICATOR_INCOMPLETE":
      return `\u53D1\u5C55\u76EE\u6807\u6307\u6807\u8868\u7B2C ${p(params, "index")} \u884C\u7F3A\u5C11\u201C${p(params, "field")}\u201D\u3002`;
    case "SME_COUNT_EXCEEDS_TOTAL":
      return `${p(params, "year")}\u5E74\u96C6\u7FA4\u4E2D\u5C0F\u4F01\u4E1A\u6570\u91CF\uFF08${p(params, "smes")}\uFF09\u4E0D\u80FD\u8D85\u8FC7\u96C6\u7FA4\u4F01\u4E1A\u6570\u91CF\uFF08${p(params, "total")}\uFF09\u3002`;
    case "QUALITY_COUNT_EXCEEDS_TOTAL":
      return `${p(params, "year")}\u5E74\u201C${p(params, "label")}\u201D\uFF08${p(params, "count")}\uFF09\u4E0D\u80FD\u8D85\u8FC7\u96C6\u7FA4\u4F01\u4E1A\u6570\u91CF\uFF08${p(params, "total")}\uFF09\u3002`;
    case "LEADING_OUTPUT_DERIVED":
      return `\u6309\u60A8\u586B\u5199\u7684\u6570\u636E\uFF0C${p(params, "year")}\u5E74\u4E3B\u5BFC\u4EA7\u4E1A\u4EA7\u503C\u4E3A ${p(params, "value")} \u4EBF\u5143\u3002`;
    case "LEADING_GROWTH_MISMATCH":
      return `\u6309\u603B\u4EA7\u503C\u548C\u4E3B\u5BFC\u4EA7\u4E1A\u5360\u6BD4\u8BA1\u7B97\uFF0C${p(params, "year")}\u5E74\u4E3B\u5BFC\u4EA7\u4E1A\u4EA7\u503C\u589E\u901F\u4E3A ${p(params, "computed")}%\uFF0C\u4E0E\u586B\u5199\u7684 ${p(params, "entered")}% \u76F8\u5DEE\u8D85\u8FC7 ${p(params, "tolerance")} \u4E2A\u767E\u5206\u70B9\uFF0C\u8BF7\u6838\u5BF9\u6216\u8BF4\u660E\u3002`;
    case "CAGR_MISMATCH":
      return `\u6309\u60A8\u586B\u5199\u7684\u6570\u636E\uFF0C\u8FD1\u4E09\u5E74\u4E3B\u5BFC\u4EA7\u4E1A\u4EA7\u503C\u5E74\u5747\u589E\u901F\u4E3A ${p(params, "computed")}%\uFF0C\u4E0E\u586B\u5199\u7684 ${p(params, "entered")}% \u76F8\u5DEE\u8D85\u8FC7 ${p(params, "tolerance")} \u4E2A\u767E\u5206\u70B9\uFF0C\u8BF7\u6838\u5BF9\u6216\u8BF4\u660E\u3002`;
    case "PATENT_DENSITY_MISMATCH":
      return `\u6309\u6709\u6548\u53D1\u660E\u4E13\u5229 ${p(params, "patents")} \u4E2A\u3001\u4ECE\u4E1A\u4EBA\u5458 ${p(params, "employees")} \u4EBA\u8BA1\u7B97\uFF0C\u6BCF\u4E07\u4EBA\u6709\u6548\u53D1\u660E\u4E13\u5229\u62E5\u6709\u91CF\u4E3A ${p(params, "computed")}\uFF0C\u4E0E\u586B\u5199\u7684 ${p(params, "entered")} \u4E0D\u4E00\u81F4\u3002`;
    case "LIST_COUNT_MISMATCH":
      return `\u201C${p(params, "label")}\u201D\u586B\u5199\u4E3A ${p(params, "count")}\uFF0C\u4F46\u6E05\u5355\u4E2D\u6709 ${p(params, "listed")} \u6761\uFF0C\u8BF7\u6838\u5BF9\u3002`;
    case "EVIDENCE_MISSING":
      return `\u201C${p(params, "what")}\u201D\u9700\u8981\u4F50\u8BC1\u6750\u6599\uFF08\u8BC1\u660E\u3001\u8BC1\u4E66\u6216\u81EA\u6211\u58F0\u660E\uFF09\uFF0C\u8BF7\u62CD\u7167\u4E0A\u4F20\u3002`;
    case "GATE_FAILED":
      return `\u201C${p(params, "label")}\u201D\u56DE\u7B54\u201C\u662F\u201D\uFF0C\u4E0D\u7B26\u5408${p(params, "source")}\u7684\u7533\u62A5\u6761\u4EF6\uFF1A${p(params, "why")}`;
    case "BENCHMARK_NOT_MET":
      return `\u201C${p(params, "label")}\u201D\u56DE\u7B54\u201C\u5426\u201D\uFF0C\u8BC4\u5BA1\u65F6\u53EF\u80FD\u4E0D\u5229\uFF0C\u8BF7\u7B80\u8981\u8BF4\u660E\u6574\u6539\u60C5\u51B5\u3002`;
    case "BELOW_BAR":
      return `${p(params, "criterion")}\uFF1A${p(params, "actual")}\uFF0C\u672A\u8FBE\u5230${p(params, "source")}\u7684\u8981\u6C42\uFF08${p(params, "bar")}\uFF09\u3002`;
    default:
      return assertNever(code);
  }
}

// src/rules/emit.ts
function finding(code, severity, itemIds, params = {}, extra = {}) {
  const f = { code, severity, itemIds, params, message: ruleMessage(code, params) };
  if (extra.path !== void 0) f.path = extra.path;
  if (extra.formula !== void 0) f.formula = extra.formula;
  return f;
}

// src/rules/regions.ts
var z = (...names) => names;
var SHANDONG = [
  {
    name: "\u6D4E\u5357\u5E02",
    counties: ["\u5386\u4E0B\u533A", "\u5E02\u4E2D\u533A", "\u69D0\u836B\u533A", "\u5929\u6865\u533A", "\u5386\u57CE\u533A", "\u957F\u6E05\u533A", "\u7AE0\u4E18\u533A", "\u6D4E\u9633\u533A", "\u83B1\u829C\u533A", "\u94A2\u57CE\u533A", "\u5E73\u9634\u53BF", "\u5546\u6CB3\u53BF"],
    zones: z("\u9AD8\u65B0\u533A", "\u8D77\u6B65\u533A", "\u65B0\u65E7\u52A8\u80FD\u8F6C\u6362\u8D77\u6B65\u533A", "\u5357\u90E8\u5C71\u533A")
  },
  {
    name: "\u9752\u5C9B\u5E02",
    counties: ["\u5E02\u5357\u533A", "\u5E02\u5317\u533A", "\u9EC4\u5C9B\u533A", "\u5D02\u5C71\u533A", "\u674E\u6CA7\u533A", "\u57CE\u9633\u533A", "\u5373\u58A8\u533A", "\u80F6\u5DDE\u5E02", "\u5E73\u5EA6\u5E02", "\u83B1\u897F\u5E02"],
    zones: z("\u897F\u6D77\u5CB8\u65B0\u533A", "\u9AD8\u65B0\u533A", "\u84DD\u8C37")
  },
  {
    name: "\u6DC4\u535A\u5E02",
    counties: ["\u6DC4\u5DDD\u533A", "\u5F20\u5E97\u533A", "\u535A\u5C71\u533A", "\u4E34\u6DC4\u533A", "\u5468\u6751\u533A", "\u6853\u53F0\u53BF", "\u9AD8\u9752\u53BF", "\u6C82\u6E90\u53BF"],
    zones: z("\u9AD8\u65B0\u533A", "\u7ECF\u5F00\u533A")
  },
  { name: "\u67A3\u5E84\u5E02", counties: ["\u5E02\u4E2D\u533A", "\u859B\u57CE\u533A", "\u5CC4\u57CE\u533A", "\u53F0\u513F\u5E84\u533A", "\u5C71\u4EAD\u533A", "\u6ED5\u5DDE\u5E02"], zones: z("\u9AD8\u65B0\u533A") },
  { name: "\u4E1C\u8425\u5E02", counties: ["\u4E1C\u8425\u533A", "\u6CB3\u53E3\u533A", "\u57A6\u5229\u533A", "\u5229\u6D25\u53BF", "\u5E7F\u9976\u53BF"], zones: z("\u7ECF\u5F00\u533A", "\u4E1C\u8425\u6E2F\u7ECF\u6D4E\u5F00\u53D1\u533A") },
  {
    name: "\u70DF\u53F0\u5E02",
    counties: ["\u829D\u7F58\u533A", "\u798F\u5C71\u533A", "\u725F\u5E73\u533A", "\u83B1\u5C71\u533A", "\u84EC\u83B1\u533A", "\u9F99\u53E3\u5E02", "\u83B1\u9633\u5E02", "\u83B1\u5DDE\u5E02", "\u62DB\u8FDC\u5E02", "\u6816\u971E\u5E02", "\u6D77\u9633\u5E02"],
    zones: z("\u9EC4\u6E24\u6D77\u65B0\u533A", "\u5F00\u53D1\u533A", "\u9AD8\u65B0\u533A", "\u957F\u5C9B\u7EFC\u5408\u8BD5\u9A8C\u533A")
  },
  {
    name: "\u6F4D\u574A\u5E02",
    counties: ["\u6F4D\u57CE\u533A", "\u5BD2\u4EAD\u533A", "\u574A\u5B50\u533A", "\u594E\u6587\u533A", "\u4E34\u6710\u53BF", "\u660C\u4E50\u53BF", "\u9752\u5DDE\u5E02", "\u8BF8\u57CE\u5E02", "\u5BFF\u5149\u5E02", "\u5B89\u4E18\u5E02", "\u9AD8\u5BC6\u5E02", "\u660C\u9091\u5E02"],
    zones: z("\u9AD8\u65B0\u533A", "\u6EE8\u6D77\u7ECF\u6D4E\u6280\u672F\u5F00\u53D1\u533A", "\u7ECF\u6D4E\u533A", "\u5CE1\u5C71\u751F\u6001\u7ECF\u6D4E\u5F00\u53D1\u533A")
  },
  {
    name: "\u6D4E\u5B81\u5E02",
    counties: ["\u4EFB\u57CE\u533A", "\u5156\u5DDE\u533A", "\u5FAE\u5C71\u53BF", "\u9C7C\u53F0\u53BF", "\u91D1\u4E61\u53BF", "\u5609\u7965\u53BF", "\u6C76\u4E0A\u53BF", "\u6CD7\u6C34\u53BF", "\u6881\u5C71\u53BF", "\u66F2\u961C\u5E02", "\u90B9\u57CE\u5E02"],
    zones: z("\u9AD8\u65B0\u533A", "\u7ECF\u5F00\u533A", "\u592A\u767D\u6E56\u65B0\u533A")
  },
  { name: "\u6CF0\u5B89\u5E02", counties: ["\u6CF0\u5C71\u533A", "\u5CB1\u5CB3\u533A", "\u5B81\u9633\u53BF", "\u4E1C\u5E73\u53BF", "\u65B0\u6CF0\u5E02", "\u80A5\u57CE\u5E02"], zones: z("\u9AD8\u65B0\u533A") },
  { name: "\u5A01\u6D77\u5E02", counties: ["\u73AF\u7FE0\u533A", "\u6587\u767B\u533A", "\u8363\u6210\u5E02", "\u4E73\u5C71\u5E02"], zones: z("\u9AD8\u65B0\u533A", "\u7ECF\u5F00\u533A", "\u4E34\u6E2F\u533A") },
  { name: "\u65E5\u7167\u5E02", counties: ["\u4E1C\u6E2F\u533A", "\u5C9A\u5C71\u533A", "\u4E94\u83B2\u53BF", "\u8392\u53BF"], zones: z("\u7ECF\u5F00\u533A", "\u9AD8\u65B0\u533A") },
  {
    name: "\u4E34\u6C82\u5E02",
    counties: ["\u5170\u5C71\u533A", "\u7F57\u5E84\u533A", "\u6CB3\u4E1C\u533A", "\u6C82\u5357\u53BF", "\u90EF\u57CE\u53BF", "\u6C82\u6C34\u53BF", "\u5170\u9675\u53BF", "\u8D39\u53BF", "\u5E73\u9091\u53BF", "\u8392\u5357\u53BF", "\u8499\u9634\u53BF", "\u4E34\u6CAD\u53BF"],
    zones: z("\u9AD8\u65B0\u533A", "\u7ECF\u5F00\u533A", "\u4E34\u6E2F\u533A")
  },
  {
    name: "\u5FB7\u5DDE\u5E02",
    counties: ["\u5FB7\u57CE\u533A", "\u9675\u57CE\u533A", "\u5B81\u6D25\u53BF", "\u5E86\u4E91\u53BF", "\u4E34\u9091\u53BF", "\u9F50\u6CB3\u53BF", "\u5E73\u539F\u53BF", "\u590F\u6D25\u53BF", "\u6B66\u57CE\u53BF", "\u4E50\u9675\u5E02", "\u79B9\u57CE\u5E02"],
    zones: z("\u5929\u8862\u65B0\u533A", "\u7ECF\u5F00\u533A")
  },
  {
    name: "\u804A\u57CE\u5E02",
    counties: ["\u4E1C\u660C\u5E9C\u533A", "\u830C\u5E73\u533A", "\u9633\u8C37\u53BF", "\u8398\u53BF", "\u4E1C\u963F\u53BF", "\u51A0\u53BF", "\u9AD8\u5510\u53BF", "\u4E34\u6E05\u5E02"],
    zones: z("\u9AD8\u65B0\u533A", "\u7ECF\u5F00\u533A")
  },
  {
    name: "\u6EE8\u5DDE\u5E02",
    counties: ["\u6EE8\u57CE\u533A", "\u6CBE\u5316\u533A", "\u60E0\u6C11\u53BF", "\u9633\u4FE1\u53BF", "\u65E0\u68E3\u53BF", "\u535A\u5174\u53BF", "\u90B9\u5E73\u5E02"],
    zones: z("\u9AD8\u65B0\u533A", "\u7ECF\u5F00\u533A", "\u5317\u6D77\u7ECF\u6D4E\u5F00\u53D1\u533A")
  },
  {
    name: "\u83CF\u6CFD\u5E02",
    counties: ["\u7261\u4E39\u533A", "\u5B9A\u9676\u533A", "\u66F9\u53BF", "\u5355\u53BF", "\u6210\u6B66\u53BF", "\u5DE8\u91CE\u53BF", "\u90D3\u57CE\u53BF", "\u9104\u57CE\u53BF", "\u4E1C\u660E\u53BF"],
    zones: z("\u9AD8\u65B0\u533A", "\u7ECF\u5F00\u533A")
  }
];
var byName = new Map(SHANDONG.map((c) => [c.name, c]));
function findCity(name) {
  const t = name.trim();
  return byName.get(t) ?? byName.get(`${t}\u5E02`);
}
var shortCity = (city) => city.name.slice(0, -1);
function isDivisionOf(city, county) {
  return city.counties.includes(county) || city.zones.includes(county);
}

// src/rules/names.ts
var CLUSTER_SUFFIX = "\u7279\u8272\u4EA7\u4E1A\u96C6\u7FA4";
var longestPrefix = (text, options2) => options2.filter((o) => text.startsWith(o)).sort((a, b) => b.length - a.length)[0];
function parse(name, regionCity) {
  for (const city of SHANDONG) {
    if (name.startsWith(city.name)) {
      const rest = name.slice(city.name.length);
      const county = longestPrefix(rest, city.counties);
      if (county) return { city, division: county, form: "printed", rest: rest.slice(county.length) };
      const zone2 = longestPrefix(rest, city.zones);
      if (zone2) return { city, division: zone2, form: "zone", rest: rest.slice(zone2.length) };
      for (const other of SHANDONG) {
        const foreign = longestPrefix(rest, other.counties.filter((c) => c.length > 2));
        if (foreign && other !== city) return { city, division: foreign, form: "printed", rest: rest.slice(foreign.length) };
      }
      return { city, form: "cityWide", rest };
    }
    const zone = longestPrefix(name, city.zones.map((zn) => shortCity(city) + zn));
    if (zone) return { city, division: zone.slice(shortCity(city).length), form: "zone", rest: name.slice(zone.length) };
  }
  const cities = regionCity ? [regionCity, ...SHANDONG.filter((c) => c !== regionCity)] : SHANDONG;
  for (const city of cities) {
    const county = longestPrefix(name, city.counties);
    if (county) {
      return { city, division: county, form: county.endsWith("\u5E02") ? "countyCityAlone" : "countyAlone", rest: name.slice(county.length) };
    }
  }
  return { form: "noPlace", rest: name };
}
var WHY = {
  printed: "",
  zone: "",
  countyCityAlone: "\u53BF\u7EA7\u5E02\u540D\u79F0\u524D\u672A\u5199\u6240\u5C5E\u8BBE\u533A\u5E02",
  countyAlone: "\u53BF\uFF08\u533A\uFF09\u540D\u79F0\u524D\u672A\u5199\u6240\u5C5E\u8BBE\u533A\u5E02",
  cityWide: "\u672A\u5199\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u540D\u79F0",
  noPlace: "\u672A\u5305\u542B\u6240\u5C5E\u5E02\u3001\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u540D\u79F0"
};
function checkClusterName(rawName, region) {
  const name = rawName.replace(/\s+/g, "");
  if (!name.endsWith(CLUSTER_SUFFIX) || name.length === CLUSTER_SUFFIX.length) return { kind: "suffix" };
  const regionCity = region ? findCity(region.city) : void 0;
  const parsed = parse(name, regionCity);
  if (regionCity && parsed.city && parsed.city !== regionCity) {
    return { kind: "mismatch", named: parsed.city.name, region: `${regionCity.name}${region?.county ?? ""}` };
  }
  if (regionCity && region && parsed.division && parsed.division !== region.county) {
    const named = parsed.division;
    if (isDivisionOf(regionCity, named) || !isDivisionOf(regionCity, region.county) || parsed.form === "printed") {
      return { kind: "mismatch", named, region: `${regionCity.name}${region.county}` };
    }
  }
  const industry = parsed.rest.slice(0, -CLUSTER_SUFFIX.length);
  if (parsed.form !== "noPlace" && industry === "") return { kind: "pattern", why: "\u7F3A\u5C11\u4EA7\u4E1A\u540D\u79F0" };
  if (parsed.form === "printed" || parsed.form === "zone") return { kind: "ok" };
  return { kind: "pattern", why: WHY[parsed.form] };
}
function looksLikeBuilder(name, words) {
  return words.find((w) => name.includes(w));
}

// src/rules/crossRules.ts
var YEARS2 = [2021, 2022, 2023];
var label = (id) => findItem(id)?.label ?? id;
var QUALITY_COUNTS = ["s2.provincialSrdi", "s2.littleGiants", "s2.singleChampions", "s2.highTech", "s2.innovativeSmes"];
var clusterNameRegion = {
  id: "clusterNameRegion",
  inputs: ["s1.clusterName", "cover.region"],
  minLevel: "save",
  sections: ["s1", "cover"],
  run(answers2) {
    const name = answers2["s1.clusterName"]?.value;
    if (typeof name !== "string" || name.trim() === "") return [];
    const region = answers2["cover.region"]?.value;
    const r = checkClusterName(name, region && typeof region === "object" ? region : void 0);
    switch (r.kind) {
      case "ok":
      case "suffix":
        return [];
      case "mismatch":
        return [finding("CLUSTER_NAME_REGION_MISMATCH", "error", ["s1.clusterName", "cover.region"], { named: r.named, region: r.region })];
      case "pattern":
        return [finding("CLUSTER_NAME_PATTERN", "warning", ["s1.clusterName"], { why: r.why })];
    }
  }
};
var smesWithinTotal = {
  id: "smesWithinTotal",
  inputs: ["s2.smes", "s2.enterprises"],
  minLevel: "save",
  sections: ["s2"],
  run(answers2) {
    return YEARS2.flatMap((y) => {
      const smes = yearValue(answers2, "s2.smes", String(y));
      const total = yearValue(answers2, "s2.enterprises", String(y));
      return smes !== void 0 && total !== void 0 && smes > total ? [finding("SME_COUNT_EXCEEDS_TOTAL", "error", ["s2.smes", "s2.enterprises"], { year: y, smes, total }, { path: String(y) })] : [];
    });
  }
};
var qualityWithinTotal = {
  id: "qualityWithinTotal",
  inputs: [...QUALITY_COUNTS, "s2.enterprises"],
  minLevel: "save",
  sections: ["s2"],
  run(answers2) {
    const out = [];
    for (const id of QUALITY_COUNTS) {
      for (const y of YEARS2) {
        const count = yearValue(answers2, id, String(y));
        const total = yearValue(answers2, "s2.enterprises", String(y));
        if (count !== void 0 && total !== void 0 && count > total) {
          out.push(finding("QUALITY_COUNT_EXCEEDS_TOTAL", "error", [id, "s2.enterprises"], { year: y, label: label(id), count, total }, { path: String(y) }));
        }
      }
    }
    return out;
  }
};
var leadingOutputInfo = {
  id: "leadingOutputInfo",
  inputs: ["s2.totalOutput", "s2.leadingShare"],
  minLevel: "submit",
  sections: ["s2"],
  run(answers2) {
    return YEARS2.flatMap((y) => {
      const d = leadingOutput(answers2, y);
      return d ? [finding("LEADING_OUTPUT_DERIVED", "info", ["s2.leadingShare", "s2.totalOutput"], { year: y, value: d.text }, { path: String(y), formula: d.formula })] : [];
    });
  }
};
var leadingGrowthAgrees = {
  id: "leadingGrowthAgrees",
  inputs: ["s2.totalOutput", "s2.leadingShare", "s2.leadingGrowth"],
  minLevel: "submit",
  sections: ["s2"],
  run(answers2, { config }) {
    return [2022, 2023].flatMap((y) => {
      const d = leadingGrowth(answers2, y);
      const entered = yearValue(answers2, "s2.leadingGrowth", String(y));
      if (!d || entered === void 0 || Math.abs(d.value - entered) <= config.growthTolerancePp) return [];
      return [
        finding(
          "LEADING_GROWTH_MISMATCH",
          "warning",
          ["s2.leadingGrowth", "s2.totalOutput", "s2.leadingShare"],
          { year: y, computed: d.text, entered: format2(entered), tolerance: config.growthTolerancePp },
          { path: String(y), formula: d.formula }
        )
      ];
    });
  }
};
var cagrAgrees = {
  id: "cagrAgrees",
  inputs: ["s2.totalOutput", "s2.leadingShare", "s2.leadingGrowth", "s2.leadingCagr"],
  minLevel: "submit",
  sections: ["s2"],
  run(answers2, { config }) {
    const d = leadingCagr(answers2);
    const entered = numberValue(answers2, "s2.leadingCagr");
    if (!d || entered === void 0 || Math.abs(d.value - entered) <= config.growthTolerancePp) return [];
    return [
      finding(
        "CAGR_MISMATCH",
        "warning",
        ["s2.leadingCagr", "s2.totalOutput", "s2.leadingShare", "s2.leadingGrowth"],
        { computed: d.text, entered: format2(entered), tolerance: config.growthTolerancePp },
        { formula: d.formula }
      )
    ];
  }
};
var patentDensityAgrees = {
  id: "patentDensityAgrees",
  inputs: ["s3.inventionPatents", "s3.smeEmployees", "s3.patentsPer10k"],
  minLevel: "submit",
  sections: ["s3"],
  run(answers2, { config }) {
    const d = patentDensity(answers2);
    const entered = numberValue(answers2, "s3.patentsPer10k");
    if (!d || entered === void 0) return [];
    const tolerance = Math.max(config.densityTolerance, Math.abs(d.value) * 0.01);
    if (Math.abs(d.value - entered) <= tolerance) return [];
    return [
      finding(
        "PATENT_DENSITY_MISMATCH",
        "warning",
        ["s3.patentsPer10k", "s3.inventionPatents", "s3.smeEmployees"],
        {
          computed: d.text,
          entered: format2(entered),
          patents: numberValue(answers2, "s3.inventionPatents") ?? "",
          employees: numberValue(answers2, "s3.smeEmployees") ?? ""
        },
        { formula: d.formula }
      )
    ];
  }
};
function countVsList(id, countId, listId, countLabel) {
  return {
    id,
    inputs: [countId, listId],
    minLevel: "submit",
    sections: [countId.split(".")[0]],
    run(answers2) {
      const count = numberValue(answers2, countId);
      const entries = listEntries(answers2, listId);
      if (count === void 0 || entries === void 0) return [];
      return count === entries.length ? [] : [finding("LIST_COUNT_MISMATCH", "error", [listId, countId], { label: countLabel ?? label(countId), count, listed: entries.length })];
    }
  };
}
var greenCounts = {
  id: "greenCountsVsList",
  inputs: ["s5.greenSystem", "s5.greenList"],
  minLevel: "submit",
  sections: ["s5"],
  run(answers2) {
    const item = findItem("s5.greenSystem");
    const counts2 = answers2["s5.greenSystem"]?.value;
    const entries = listEntries(answers2, "s5.greenList");
    if (!item || item.kind !== "countGroup" || !counts2 || typeof counts2 !== "object" || !entries) return [];
    return item.counts.flatMap((c) => {
      const count = countOf(counts2[c.id]);
      const category = c.label.replace(/数量$/, "");
      const listed = entries.filter((e) => e.fields.category === category).length;
      return count === void 0 || count === listed ? [] : [finding("LIST_COUNT_MISMATCH", "error", ["s5.greenList", "s5.greenSystem"], { label: c.label, count, listed }, { path: c.id })];
    });
  }
};
var standardsCounts = {
  id: "standardsVsList",
  inputs: ["s3.standards", "s3.standardsList"],
  minLevel: "submit",
  sections: ["s3"],
  run(answers2) {
    const matrix2 = answers2["s3.standards"]?.value;
    const entries = listEntries(answers2, "s3.standardsList");
    if (!matrix2 || typeof matrix2 !== "object" || !entries) return [];
    const out = [];
    for (const category of ["\u56FD\u9645", "\u56FD\u5BB6", "\u884C\u4E1A", "\u56E2\u4F53"]) {
      for (const [role, roleLabel, listRole] of [
        ["host", "\u4E3B\u6301\u6570\u91CF", "\u4E3B\u6301"],
        ["participate", "\u53C2\u4E0E\u6570\u91CF", "\u53C2\u4E0E"]
      ]) {
        let count = 0;
        for (const y of ["2021", "2022", "2023"]) count += countOf(matrix2[y]?.[category]?.[role]) ?? 0;
        const listed = entries.filter((e) => e.fields.category === category && e.fields.role === listRole).length;
        if (count !== listed) {
          out.push(finding("LIST_COUNT_MISMATCH", "error", ["s3.standardsList", "s3.standards"], { label: `\u8FD1\u4E09\u5E74${category}\u6807\u51C6${roleLabel}`, count, listed }, { path: `${category}.${role}` }));
        }
      }
    }
    return out;
  }
};
var platformCounts = {
  id: "platformsVsNames",
  inputs: ["s3.platforms"],
  minLevel: "submit",
  sections: ["s3"],
  run(answers2) {
    const item = findItem("s3.platforms");
    const v = answers2["s3.platforms"]?.value;
    if (!item || item.kind !== "platforms" || !v || typeof v !== "object") return [];
    return item.tiers.flatMap((tier) => {
      const count = countOf(v[tier.id]?.count);
      const listed = v[tier.id]?.entries.length ?? 0;
      return count === void 0 || count === listed ? [] : [finding("LIST_COUNT_MISMATCH", "error", ["s3.platforms"], { label: tier.label, count, listed }, { path: tier.id })];
    });
  }
};
var CROSS_RULES = [
  clusterNameRegion,
  smesWithinTotal,
  qualityWithinTotal,
  leadingOutputInfo,
  leadingGrowthAgrees,
  cagrAgrees,
  patentDensityAgrees,
  countVsList("patentsVsList", "s3.inventionPatents", "s3.patentList"),
  countVsList("branchesVsList", "s6.overseasBranches", "s6.branchList"),
  greenCounts,
  standardsCounts,
  platformCounts
];

// src/rules/eligibilityRules.ts
var label2 = (id) => findItem(id)?.label ?? id;
var GATES = [
  { id: "s1.prohibitedIndustry", why: "\u4E3B\u5BFC\u4EA7\u4E1A\u5C5E\u4E8E\u56FD\u5BB6\u7981\u6B62\u3001\u9650\u5236\u548C\u6DD8\u6C70\u7C7B\u4EA7\u4E1A\u7684\u96C6\u7FA4\u4E0D\u5F97\u7533\u62A5\u3002" },
  { id: "s1.incidents", why: "\u8FD1\u4E09\u5E74\u53D1\u751F\u8F83\u5927\u53CA\u4EE5\u4E0A\u5B89\u5168\u3001\u8D28\u91CF\u3001\u73AF\u5883\u6C61\u67D3\u4E8B\u6545\u6216\u91CD\u5927\u53CA\u4EE5\u4E0A\u7F51\u7EDC\u3001\u6570\u636E\u5B89\u5168\u4E8B\u4EF6\u7684\u96C6\u7FA4\u4E0D\u5F97\u7533\u62A5\u3002" },
  { id: "s1.misconduct", why: "\u5B58\u5728\u5077\u7A0E\u6F0F\u7A0E\u3001\u8FDD\u6CD5\u8FDD\u89C4\u3001\u4E25\u91CD\u5931\u4FE1\u7B49\u91CD\u5927\u95EE\u9898\u7684\u96C6\u7FA4\u4E0D\u5F97\u7533\u62A5\u3002" }
];
var gateRules = GATES.map((gate) => ({
  id: `gate:${gate.id}`,
  inputs: [gate.id],
  minLevel: "submit",
  sections: [],
  run(answers2, { config }) {
    return choiceLabel(answers2, gate.id) === "\u662F" ? [finding("GATE_FAILED", "error", [gate.id], { label: label2(gate.id), why: gate.why, source: config.barName })] : [];
  }
}));
var benchmarkRules = ["s1.energyBenchmark", "s1.waterBenchmark"].map((id) => ({
  id: `benchmark:${id}`,
  inputs: [id],
  minLevel: "submit",
  sections: [],
  run: (answers2) => choiceLabel(answers2, id) === "\u5426" ? [finding("BENCHMARK_NOT_MET", "warning", [id], { label: label2(id) })] : []
}));
function meets(bar, actual) {
  switch (bar.compare) {
    case "min":
      return actual >= bar.value;
    case "above":
      return actual > bar.value;
    case "max":
      return actual <= bar.value;
  }
}
var BAR_TEXT = { min: "\u4E0D\u4F4E\u4E8E", above: "\u9AD8\u4E8E", max: "\u4E0D\u8D85\u8FC7" };
function below(bar, config, itemIds, actual, path5) {
  if (bar.confidence === "unknown") return [];
  return [
    finding(
      "BELOW_BAR",
      bar.confidence === "confirmed" ? "error" : "warning",
      itemIds,
      { criterion: bar.criterion, actual, bar: `${BAR_TEXT[bar.compare]} ${bar.value}${bar.unit}`, source: config.barName, barId: bar.id },
      path5 === void 0 ? {} : { path: path5 }
    )
  ];
}
function barRule(id, inputs, run) {
  return { id: `bar:${id}`, inputs, minLevel: "submit", sections: [], run: (answers2, { config }) => run(answers2, config.bars[id], config) };
}
var simpleBar = (id, itemId, read) => barRule(id, [itemId], (answers2, bar, config) => {
  const v = read(answers2);
  return v === void 0 || meets(bar, v) ? [] : below(bar, config, [itemId], `${format2(v)}${bar.unit}`);
});
var barRules = [
  barRule(
    "totalOutputEachYear",
    ["s2.totalOutput"],
    (answers2, bar, config) => ["2021", "2022", "2023"].flatMap((y) => {
      const v = yearValue(answers2, "s2.totalOutput", y);
      return v === void 0 || meets(bar, v) ? [] : below(bar, config, ["s2.totalOutput"], `${y}\u5E74 ${format2(v)}${bar.unit}`, y);
    })
  ),
  simpleBar("smeOutputShare", "s2.smeOutputShare", (a) => yearValue(a, "s2.smeOutputShare", "2023")),
  simpleBar("leadingShare", "s2.leadingShare", (a) => yearValue(a, "s2.leadingShare", "2023")),
  barRule("leadingCagr", ["s2.leadingCagr", "s2.totalOutput", "s2.leadingShare", "s2.leadingGrowth"], (answers2, bar, config) => {
    const v = numberValue(answers2, "s2.leadingCagr") ?? leadingCagr(answers2)?.value;
    return v === void 0 || meets(bar, v) ? [] : below(bar, config, ["s2.leadingCagr"], `${format2(v)}%`);
  }),
  barRule("qualityEnterprises", ["s2.littleGiants", "s2.singleChampions", "s2.provincialSrdi", "s2.innovativeSmes", "s2.highTech"], (answers2, bar, config) => {
    const at = (id) => yearValue(answers2, id, "2023");
    const top = [at("s2.littleGiants"), at("s2.singleChampions")];
    const quality = [at("s2.provincialSrdi"), at("s2.innovativeSmes"), at("s2.highTech")];
    if ([...top, ...quality].some((v) => v === void 0)) return [];
    const topSum = top.reduce((a, b) => a + b, 0);
    const qualitySum = quality.reduce((a, b) => a + b, 0);
    if (meets(bar, topSum) || qualitySum >= config.qualitySmeAlternative) return [];
    return below(
      { ...bar, criterion: `${bar.criterion}\uFF08\u6216\u4E13\u7CBE\u7279\u65B0\u3001\u521B\u65B0\u578B\u4E2D\u5C0F\u4F01\u4E1A\u548C\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A\u5408\u8BA1\u4E0D\u5C11\u4E8E ${config.qualitySmeAlternative} \u5BB6\uFF09` },
      config,
      ["s2.littleGiants", "s2.singleChampions", "s2.provincialSrdi", "s2.innovativeSmes", "s2.highTech"],
      `\u5C0F\u5DE8\u4EBA\u548C\u5355\u9879\u51A0\u519B ${topSum} \u5BB6\uFF0C\u5176\u4ED6\u4F18\u8D28\u4E2D\u5C0F\u4F01\u4E1A ${qualitySum} \u5BB6`
    );
  }),
  simpleBar("area", "s1.area", (a) => numberValue(a, "s1.area")),
  barRule("rdGrowth", ["s3.rdGrowth"], (answers2, bar, config) => {
    const d = meanGrowth(answers2, "s3.rdGrowth");
    return !d || meets(bar, d.value) ? [] : below(bar, config, ["s3.rdGrowth"], `${d.text}%`);
  }),
  simpleBar("iiotRate", "s4.iiotRate", (a) => numberValue(a, "s4.iiotRate")),
  barRule("standardsCount", ["s3.standards"], (answers2, bar, config) => {
    const m = answers2["s3.standards"]?.value;
    if (!m || typeof m !== "object") return [];
    let total = 0;
    for (const y of ["2021", "2022", "2023"]) {
      for (const c of ["\u56FD\u9645", "\u56FD\u5BB6", "\u884C\u4E1A", "\u56E2\u4F53"]) total += (countOf(m[y]?.[c]?.host) ?? 0) + (countOf(m[y]?.[c]?.participate) ?? 0);
    }
    return meets(bar, total) ? [] : below(bar, config, ["s3.standards"], `${total}\u9879`);
  })
];
var ELIGIBILITY_RULES = [...gateRules, ...benchmarkRules, ...barRules];

// src/rules/text.ts
var JOINERS = /[\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff\ufe00-\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/u;
var ZWJ = 8205;
var isRegional = (cp) => cp >= 127462 && cp <= 127487;
var MAY_JOIN = /[\u0300-\u036f\u1ab0-\u1aff\u200d\u20d0-\u20ff\ufe00-\ufe0f\ud800-\udfff]/;
function countChars(text) {
  if (!MAY_JOIN.test(text)) return text.length;
  let count = 0;
  let joinNext = false;
  let regionalOpen = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (cp === ZWJ) {
      joinNext = true;
      continue;
    }
    if (joinNext || JOINERS.test(ch)) {
      joinNext = false;
      continue;
    }
    if (isRegional(cp)) {
      if (regionalOpen) {
        regionalOpen = false;
        continue;
      }
      regionalOpen = true;
    } else {
      regionalOpen = false;
    }
    count++;
  }
  return count;
}
var CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;
var CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
function hasControlChars(text, allowLineBreaks) {
  return (allowLineBreaks ? CONTROL : CONTROL_OR_BREAK).test(text);
}
var NOT_BLANK = /[^\s\u3000\u200b]/;
function isBlank(text) {
  return text === void 0 || text === null || !NOT_BLANK.test(text);
}
function isNone(text) {
  return text.trim() === "\u65E0";
}

// src/rules/evidenceRules.ts
var has = (refs) => Array.isArray(refs) && refs.some((r) => !isBlank(r));
var itemisedElsewhere = new Set(allItems().flatMap((i) => i.kind === "itemList" ? i.itemises : []));
function missing(item, answer2) {
  const value = answer2?.value;
  if (value === void 0 || value === null) return [];
  const miss = (what, path5) => finding("EVIDENCE_MISSING", "error", [item.id], { what }, path5 === void 0 ? {} : { path: path5 });
  switch (item.kind) {
    case "checklist": {
      const v = value;
      if (!Array.isArray(v.ticked)) return [];
      return v.ticked.flatMap((t) => {
        const option = item.options.find((o) => o.id === t);
        return option && !has(v.evidence?.[t]) ? [miss(option.label, t)] : [];
      });
    }
    case "itemList": {
      const v = value;
      if (!Array.isArray(v.entries)) return [];
      return v.entries.flatMap((e, i) => has(e.evidence) ? [] : [miss(`${item.label}\u7B2C${i + 1}\u6761`, `entries.${i}`)]);
    }
    case "platforms": {
      const v = value;
      return item.tiers.flatMap(
        (tier) => (v[tier.id]?.entries ?? []).flatMap((e, i) => has(e.evidence) ? [] : [miss(`${tier.label}\uFF1A${e.name}`, `${tier.id}.entries.${i}`)])
      );
    }
    case "choice": {
      const chosen = item.options.find((o) => o.id === value);
      return chosen?.label === "\u662F" && !has(answer2?.evidence) ? [miss(item.label)] : [];
    }
    default:
      return itemisedElsewhere.has(item.id) || has(answer2?.evidence) ? [] : [miss(item.label)];
  }
}
var EVIDENCE_RULES = allItems().filter((item) => item.evidence === "perTick" || item.evidence === "listAndEvidence" || item.evidence === "ifApplicable").map((item) => ({
  id: `evidence:${item.id}`,
  inputs: [item.id],
  minLevel: "submit",
  sections: [],
  run: (answers2) => missing(item, answers2[item.id])
}));

// src/rules/values.ts
var str = external_exports.string().max(2e4);
var evidenceRefs = external_exports.array(external_exports.string().min(1).max(200)).max(50);
var yearRowValue = external_exports.object({ "2021": str.optional(), "2022": str.optional(), "2023": str.optional() }).strict();
var regionValue = external_exports.object({ city: str, county: str }).strict();
var checklistValue = external_exports.object({ ticked: external_exports.array(external_exports.string().max(100)).max(50), evidence: external_exports.record(evidenceRefs).optional() }).strict();
var isStringArray = (v, max, maxLen) => Array.isArray(v) && v.length <= max && v.every((x) => typeof x === "string" && x.length >= 1 && x.length <= maxLen);
function isListEntry(v) {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
  const e = v;
  for (const key in e) if (key !== "id" && key !== "fields" && key !== "evidence") return false;
  if (typeof e.id !== "string" || e.id.length < 1 || e.id.length > 64) return false;
  if (e.evidence !== void 0 && !isStringArray(e.evidence, 50, 200)) return false;
  const f = e.fields;
  if (f === null || typeof f !== "object" || Array.isArray(f)) return false;
  for (const key in f) {
    const x = f[key];
    if (typeof x !== "string" || x.length > 2e4) return false;
  }
  return true;
}
var MAX_ENTRIES = 2e3;
var listEntries2 = external_exports.custom((v) => Array.isArray(v) && v.length <= MAX_ENTRIES && v.every(isListEntry));
var itemListValue = external_exports.object({ none: external_exports.boolean().optional(), entries: listEntries2 }).strict();
var roleCounts = external_exports.object({ host: str.optional(), participate: str.optional() }).strict();
var categoryCounts = external_exports.object({ \u56FD\u9645: roleCounts.optional(), \u56FD\u5BB6: roleCounts.optional(), \u884C\u4E1A: roleCounts.optional(), \u56E2\u4F53: roleCounts.optional() }).strict();
var standardsValue = external_exports.object({ "2021": categoryCounts.optional(), "2022": categoryCounts.optional(), "2023": categoryCounts.optional() }).strict();
var platformEntry = external_exports.object({ name: str, evidence: evidenceRefs.optional() }).strict();
var platformsValue = external_exports.record(external_exports.object({ count: str.optional(), entries: external_exports.array(platformEntry).max(500) }).strict());
var countGroupValue = external_exports.record(str);
var indicatorRow = external_exports.object({ direction: str, indicator: str, baseline: str, target: str }).strict();
var planValue = external_exports.object({ parts: external_exports.record(str), indicators: external_exports.array(indicatorRow).max(60) }).strict();
function valueSchema(item) {
  switch (item.kind) {
    case "text":
    case "phone":
    case "date":
    case "number":
    case "choice":
    case "textBlock":
      return str;
    case "region":
      return regionValue;
    case "yearRow":
      return yearRowValue;
    case "checklist":
      return checklistValue;
    case "itemList":
      return itemListValue;
    case "standardsMatrix":
      return standardsValue;
    case "platforms":
      return platformsValue;
    case "countGroup":
      return countGroupValue;
    case "plan":
      return planValue;
    case "statement":
    case "paperMark":
      return external_exports.undefined();
    default:
      return assertNever(item);
  }
}
var YEAR_KEYS = YEARS.map(String);

// src/rules/valueRules.ts
var DRAFT_CODES = /* @__PURE__ */ new Set([
  "VALUE_SHAPE",
  "NUMBER_INVALID",
  "NUMBER_TOO_LARGE",
  "COUNT_NOT_INTEGER",
  "TEXT_CONTROL_CHARS",
  "OPTION_UNKNOWN",
  "DECIMAL_ROUNDED"
]);
var EXAMPLE = { amount: "118.36", share: "72.50", rate: "12.40", count: "12", ratio: "3.25" };
function numberFindings(out, item, kind, unit, raw, path5, label3 = item.label) {
  const r = parseNumber(raw, kind);
  const at = path5 === void 0 ? {} : { path: path5 };
  if (!r.ok) {
    const severity = "error";
    out.push(finding(r.code, severity, [item.id], { label: label3, example: EXAMPLE[kind], unit }, at));
    return r;
  }
  if (r.rounded) out.push(finding("DECIMAL_ROUNDED", "info", [item.id], { label: label3, from: r.rounded.from, to: r.rounded.to }, at));
  return r;
}
function rangeFindings(out, item, kind, value, ctx, path5) {
  const n = Number(value);
  const at = path5 === void 0 ? {} : { path: path5 };
  if (kind === "share" && n > 100) out.push(finding("SHARE_OUT_OF_RANGE", "error", [item.id], { label: item.label, value }, at));
  const { min, max } = ctx.config.plausibleRate;
  if (kind === "rate" && (n < min || n > max)) {
    out.push(finding("RATE_IMPLAUSIBLE", "warning", [item.id], { label: item.label, value, min, max }, at));
  }
}
function required(out, item, zeroOk, path5, label3 = item.label) {
  out.push(finding("REQUIRED_MISSING", "error", [item.id], { label: label3, ...zeroOk ? { zeroOk: 1 } : {} }, path5 === void 0 ? {} : { path: path5 }));
}
function textFindings(out, item, text, max, lineBreaks, path5, label3 = item.label) {
  const at = path5 === void 0 ? {} : { path: path5 };
  if (hasControlChars(text, lineBreaks)) {
    out.push(finding("TEXT_CONTROL_CHARS", "error", [item.id], { label: label3 }, at));
    return;
  }
  if (text.length <= max) return;
  const count = countChars(text.trim());
  if (count > max) out.push(finding("TEXT_TOO_LONG", "error", [item.id], { label: label3, max, count, over: count - max }, at));
}
var PHONE = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?)$/;
function normalizePhone(raw) {
  return raw.normalize("NFKC").replace(/[\s()（）]/g, "").replace(/^\+?86(?=1\d{10}$)/, "");
}
function shanghaiDate(now) {
  return new Date(now.getTime() + 8 * 3600 * 1e3).toISOString().slice(0, 10);
}
var DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function digitsAt(text, from, to) {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
function validDate(text) {
  if (text.length !== 10 || text[4] !== "-" || text[7] !== "-") return false;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  if (year < 0) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS[month - 1]);
}
var YEAR = /^(19|20)\d{2}$/;
function listFieldFindings(out, item, field, value, index) {
  const path5 = () => `entries.${index}.${field.id}`;
  const label3 = () => `${item.label}\xB7${field.label}`;
  if (value === void 0 || isBlank(value)) {
    if (field.required) out.push(finding("LIST_ENTRY_INCOMPLETE", "error", [item.id], { label: item.label, index: index + 1, field: field.label }, { path: path5() }));
    return;
  }
  if (hasControlChars(value, false) || value.length > 200) textFindings(out, item, value, 200, false, path5(), label3());
  if (field.kind === "choice" && field.options && !field.options.includes(value)) {
    out.push(finding("OPTION_UNKNOWN", "error", [item.id], { label: label3() }, { path: path5() }));
  }
  if (field.kind === "year" && !YEAR.test(value) || field.kind === "date" && !validDate(value)) {
    out.push(finding("DATE_INVALID", "error", [item.id], { label: label3() }, { path: path5() }));
  }
}
var MAX_TEXT = 2e4;
function shapeOk(item, value) {
  switch (item.kind) {
    case "text":
    case "phone":
    case "date":
    case "number":
    case "choice":
    case "textBlock":
      return typeof value === "string" && value.length <= MAX_TEXT;
    default:
      return valueSchema(item).safeParse(value).success;
  }
}
function valueFindings(item, answer2, ctx) {
  const out = [];
  const value = answer2?.value;
  if (item.kind === "statement" || item.kind === "paperMark" || item.mirrorOf !== void 0) return out;
  if (value === void 0 || value === null || typeof value === "string" && isBlank(value)) {
    if (item.required) required(out, item, item.kind === "number" && item.numberKind === "count");
    return out;
  }
  if (!shapeOk(item, value)) {
    out.push(finding("VALUE_SHAPE", "error", [item.id], { label: item.label }));
    return out;
  }
  switch (item.kind) {
    case "text": {
      const text = value;
      textFindings(out, item, text, item.maxChars, false);
      if (isNone(text) && item.format !== "plain") {
        out.push(finding("NONE_NOT_ALLOWED", "error", [item.id], { label: item.label }));
        break;
      }
      if (item.format === "clusterName") {
        const r = checkClusterName(text, void 0);
        if (r.kind === "suffix") out.push(finding("CLUSTER_NAME_SUFFIX", "error", [item.id]));
      }
      if (item.format === "orgName" && item.help.includes("operatorBody")) {
        const word = looksLikeBuilder(text, ctx.config.builderWords);
        if (word) out.push(finding("OPERATOR_LOOKS_LIKE_BUILDER", "warning", [item.id], { name: text.trim(), word }));
      }
      break;
    }
    case "phone":
      if (!PHONE.test(normalizePhone(value))) out.push(finding("PHONE_INVALID", "error", [item.id], { label: item.label }));
      break;
    case "date": {
      const text = value;
      if (!validDate(text)) out.push(finding("DATE_INVALID", "error", [item.id], { label: item.label }));
      else if (text > shanghaiDate(ctx.now)) out.push(finding("DATE_IN_FUTURE", "error", [item.id], { label: item.label, today: shanghaiDate(ctx.now) }));
      break;
    }
    case "region": {
      const { city, county } = value;
      const found = findCity(city);
      if (!found) out.push(finding("REGION_CITY_UNKNOWN", "error", [item.id], { city }, { path: "city" }));
      else if (isBlank(county)) required(out, item, false, "county", `${item.label}\xB7\u53BF\uFF08\u5E02\u3001\u533A\uFF09`);
      else if (!isDivisionOf(found, county.trim())) {
        out.push(finding("REGION_COUNTY_UNKNOWN", "error", [item.id], { city: found.name, county }, { path: "county" }));
      }
      break;
    }
    case "number": {
      const r = numberFindings(out, item, item.numberKind, item.unit, value);
      if (r.ok) rangeFindings(out, item, item.numberKind, r.value, ctx);
      break;
    }
    case "yearRow": {
      const row2 = value;
      for (const y of YEAR_KEYS) {
        const v = row2[y];
        if (v === void 0 || isBlank(v)) {
          required(out, item, item.numberKind === "count", y, `${y}\u5E74${item.label}`);
          continue;
        }
        const r = numberFindings(out, item, item.numberKind, item.unit, v, y, `${y}\u5E74${item.label}`);
        if (r.ok) rangeFindings(out, item, item.numberKind, r.value, ctx, y);
      }
      break;
    }
    case "choice":
      if (!item.options.some((o) => o.id === value)) out.push(finding("OPTION_UNKNOWN", "error", [item.id], { label: item.label }));
      break;
    case "checklist": {
      const v = value;
      if (v.ticked.some((t) => !item.options.some((o) => o.id === t))) out.push(finding("OPTION_UNKNOWN", "error", [item.id], { label: item.label }));
      break;
    }
    case "textBlock":
      textFindings(out, item, value, item.maxChars, true);
      break;
    case "itemList": {
      const v = value;
      if (v.entries.length === 0) {
        if (!v.none && item.required) out.push(finding("LIST_EMPTY", "error", [item.id], { label: item.label }));
        break;
      }
      v.entries.forEach((entry, i) => {
        for (const field of item.fields) listFieldFindings(out, item, field, entry.fields[field.id], i);
      });
      break;
    }
    case "standardsMatrix": {
      const v = value;
      for (const y of YEAR_KEYS) {
        for (const c of item.categories) {
          for (const role of item.roles) {
            const raw = v[y]?.[c]?.[role.id];
            const path5 = `${y}.${c}.${role.id}`;
            const label3 = `${y}\u5E74${c}\u6807\u51C6${role.label}`;
            if (raw === void 0 || isBlank(raw)) required(out, item, true, path5, label3);
            else numberFindings(out, item, "count", "\u9879", raw, path5, label3);
          }
        }
      }
      break;
    }
    case "platforms": {
      const v = value;
      for (const tier of item.tiers) {
        const t = v[tier.id];
        const label3 = `${tier.label}\xB7\u6570\u91CF`;
        if (t?.count === void 0 || isBlank(t.count)) required(out, item, true, `${tier.id}.count`, label3);
        else numberFindings(out, item, "count", item.unit, t.count, `${tier.id}.count`, label3);
        t?.entries.forEach((e, i) => {
          if (isBlank(e.name)) {
            out.push(finding("LIST_ENTRY_INCOMPLETE", "error", [item.id], { label: tier.label, index: i + 1, field: "\u540D\u79F0" }, { path: `${tier.id}.entries.${i}` }));
          } else textFindings(out, item, e.name, 100, false, `${tier.id}.entries.${i}`, tier.label);
        });
      }
      break;
    }
    case "countGroup": {
      const v = value;
      for (const c of item.counts) {
        const raw = v[c.id];
        if (raw === void 0 || isBlank(raw)) required(out, item, true, c.id, c.label);
        else numberFindings(out, item, "count", "\u4E2A", raw, c.id, c.label);
      }
      break;
    }
    case "plan": {
      const v = value;
      let total = 0;
      for (const part of item.parts) {
        const text = v.parts[part.id] ?? "";
        if (isBlank(text)) {
          out.push(finding("PLAN_PART_MISSING", "error", [item.id], { part: part.label }, { path: `parts.${part.id}` }));
          continue;
        }
        if (hasControlChars(text, true)) out.push(finding("TEXT_CONTROL_CHARS", "error", [item.id], { label: part.label }, { path: `parts.${part.id}` }));
        total += countChars(text.trim());
      }
      if (total > item.maxChars) {
        out.push(finding("TEXT_TOO_LONG", "error", [item.id], { label: item.label, max: item.maxChars, count: total, over: total - item.maxChars }));
      }
      const cols = ["direction", "indicator", "baseline", "target"];
      v.indicators.forEach((row2, i) => {
        cols.forEach((col, c) => {
          if (isBlank(row2[col])) {
            out.push(finding("INDICATOR_INCOMPLETE", "error", [item.id], { index: i + 1, field: item.indicatorTable.columns[c] }, { path: `indicators.${i}.${col}` }));
          }
        });
      });
      break;
    }
    default:
      return assertNever(item);
  }
  return out;
}

// src/rules/check.ts
var ALL_RULES = [...CROSS_RULES, ...EVIDENCE_RULES, ...ELIGIBILITY_RULES];
var ITEMS = FORM.sections.flatMap(
  (s) => s.items.filter(isAnswerable).map((item) => ({ item, section: s.id }))
);
var SECTION_OF = new Map(ITEMS.map((e) => [e.item.id, e.section]));
var RULES_BY_INPUT = /* @__PURE__ */ new Map();
for (const rule of ALL_RULES) {
  for (const input of rule.inputs) RULES_BY_INPUT.set(input, [...RULES_BY_INPUT.get(input) ?? [], rule]);
}
function ruleInScope(rule, level, section) {
  switch (level) {
    case "draft":
      return false;
    case "save":
      return rule.minLevel === "save" && (section === void 0 || rule.sections.includes(section));
    case "submit":
      return section === void 0 || rule.sections.includes(section) || rule.inputs.some((i) => SECTION_OF.get(i) === section);
  }
}
function createChecker(options2) {
  const config = options2.config ?? NATIONAL_2022;
  const ctx = { config, now: options2.now ?? /* @__PURE__ */ new Date() };
  const { level, section } = options2;
  const items = ITEMS.filter((e) => section === void 0 || e.section === section);
  const rules = ALL_RULES.filter((r) => ruleInScope(r, level, section));
  const ruleSet = new Set(rules);
  const byItem = /* @__PURE__ */ new Map();
  const byRule = /* @__PURE__ */ new Map();
  const itemFindings = (item, answers2) => {
    const answer2 = answers2[item.id];
    if (level === "draft") {
      return answer2 === void 0 ? [] : valueFindings(item, answer2, ctx).filter((f) => DRAFT_CODES.has(f.code));
    }
    return valueFindings(item, answer2, ctx);
  };
  const collect = (answers2) => {
    const out = [];
    for (const list2 of byItem.values()) for (const f of list2) out.push(f);
    for (const list2 of byRule.values()) for (const f of list2) out.push(f);
    for (let i = 0; i < out.length; i++) {
      const f = out[i];
      if (f.severity === "warning") {
        const explained = !isBlank(answers2[f.itemIds[0]]?.explanation);
        if (f.explained !== explained) out[i] = { ...f, explained };
      }
    }
    return out;
  };
  return {
    run(answers2) {
      byItem.clear();
      byRule.clear();
      for (const { item } of items) byItem.set(item.id, itemFindings(item, answers2));
      for (const rule of rules) byRule.set(rule, rule.run(answers2, { config }));
      return collect(answers2);
    },
    update(answers2, changed) {
      for (const id of changed) {
        const entry = items.find((e) => e.item.id === id);
        if (entry) byItem.set(id, itemFindings(entry.item, answers2));
        for (const rule of RULES_BY_INPUT.get(id) ?? []) if (ruleSet.has(rule)) byRule.set(rule, rule.run(answers2, { config }));
      }
      return collect(answers2);
    }
  };
}
function check(answers2, options2) {
  return createChecker(options2).run(answers2);
}

// src/rules/findings.ts
function blocksSubmission(f) {
  return f.severity === "error" || f.severity === "warning" && !f.explained;
}

// src/rules/normalize.ts
function normalizeValue(item, raw) {
  const notes = [];
  const problems = [];
  const num = (v, kind, label3, path5) => {
    if (typeof v === "string" && v.trim() === "") return v.trim();
    let r = parseNumber(v, kind);
    const at = path5 === void 0 ? {} : { path: path5 };
    if (!r.ok && r.code === "NUMBER_NEGATIVE") {
      const signed = parseNumber(v, "rate");
      if (signed.ok) r = kind === "count" ? { ...signed, value: signed.value.replace(/\.00$/, "") } : signed;
    }
    if (!r.ok) {
      problems.push(finding(r.code, "error", [item.id], { label: label3, example: kind === "count" ? "12" : "118.36", unit: "" }, at));
      return v;
    }
    if (r.rounded) notes.push(finding("DECIMAL_ROUNDED", "info", [item.id], { label: label3, from: r.rounded.from, to: r.rounded.to }, at));
    return r.value;
  };
  const shape = (v) => valueSchema(item).safeParse(v).success ? { ok: true, value: v, notes } : { ok: false, findings: [finding("VALUE_SHAPE", "error", [item.id], { label: item.label })] };
  const done = (v) => problems.length > 0 ? { ok: false, findings: problems } : shape(v);
  const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
  switch (item.kind) {
    case "number":
      return done(num(raw, item.numberKind, item.label));
    case "yearRow": {
      if (!isObject(raw)) return shape(raw);
      const out = {};
      for (const [k, v] of Object.entries(raw)) out[k] = YEAR_KEYS.includes(k) ? num(v, item.numberKind, `${k}\u5E74${item.label}`, k) : v;
      return done(out);
    }
    case "standardsMatrix": {
      if (!isObject(raw)) return shape(raw);
      const out = JSON.parse(JSON.stringify(raw));
      for (const [y, cats] of Object.entries(out)) {
        if (!isObject(cats)) continue;
        for (const [c, roles] of Object.entries(cats)) {
          if (!isObject(roles)) continue;
          for (const r of Object.keys(roles)) roles[r] = num(roles[r], "count", `${y}\u5E74${c}\u6807\u51C6`, `${y}.${c}.${r}`);
        }
      }
      return done(out);
    }
    case "countGroup": {
      if (!isObject(raw)) return shape(raw);
      const out = {};
      for (const [k, v] of Object.entries(raw)) out[k] = num(v, "count", item.counts.find((c) => c.id === k)?.label ?? k, k);
      return done(out);
    }
    case "platforms": {
      if (!isObject(raw)) return shape(raw);
      const out = JSON.parse(JSON.stringify(raw));
      for (const [tier, t] of Object.entries(out)) if (isObject(t) && t.count !== void 0) t.count = num(t.count, "count", `${tier}\xB7\u6570\u91CF`, `${tier}.count`);
      return done(out);
    }
    case "phone":
      return shape(typeof raw === "string" ? normalizePhone(raw) : raw);
    case "region": {
      if (!isObject(raw)) return shape(raw);
      const city = typeof raw.city === "string" ? findCity(raw.city)?.name ?? raw.city.trim() : raw.city;
      return shape({ ...raw, city, county: typeof raw.county === "string" ? raw.county.trim() : raw.county });
    }
    case "text":
    case "date":
    case "choice":
      return shape(typeof raw === "string" ? raw.trim() : raw);
    case "textBlock":
    case "checklist":
    case "itemList":
    case "plan":
    case "statement":
    case "paperMark":
      return shape(raw);
    default:
      return assertNever(item);
  }
}

// src/cloud/core/checkAnswers.ts
var SECTION_IDS = FORM.sections.map((s) => s.id);
var answer = external_exports.object({
  value: external_exports.unknown(),
  explanation: external_exports.string().max(500).optional(),
  evidence: external_exports.array(external_exports.string().max(200)).max(50).optional()
}).strict();
var checkAnswersEvent = external_exports.object({
  answers: external_exports.record(external_exports.string().max(64), answer).refine((a) => Object.keys(a).length <= 400, { message: "too many answers" }),
  level: external_exports.enum(["draft", "save", "submit"]),
  section: external_exports.enum(SECTION_IDS).optional()
}).strict();
function checkAnswers(event, ctx) {
  const findings = check(event.answers, {
    level: event.level,
    ...event.section ? { section: event.section } : {},
    now: ctx.clock.now()
  });
  return ok({ findings, blocking: findings.filter(blocksSubmission).length });
}
var checkAnswersFunction = define(checkAnswersEvent, checkAnswers);

// src/cloud/core/whoami.ts
var whoamiEvent = external_exports.object({}).strict();
function whoami(_event, ctx) {
  return ok({ openid: ctx.caller.openid, displayName: ctx.caller.displayName, serverTime: ctx.clock.now().toISOString() });
}
var whoamiFunction = define(whoamiEvent, whoami);

// src/cloud/core/registry.ts
var FUNCTIONS = {
  whoami: whoamiFunction,
  checkAnswers: checkAnswersFunction
};
function isFunctionName(name) {
  return Object.prototype.hasOwnProperty.call(FUNCTIONS, name);
}
async function runFunction(name, event, ctx) {
  if (!isFunctionName(name)) return fail("UNKNOWN_FUNCTION");
  return runDefinition(name, FUNCTIONS[name], event, ctx);
}

// src/cloud/local/db.ts
var import_better_sqlite3 = __toESM(require("better-sqlite3"));
var fs2 = __toESM(require("fs"));
var path2 = __toESM(require("path"));
var MIGRATIONS = [
  `CREATE TABLE users (
     openid TEXT PRIMARY KEY,
     display_name TEXT NOT NULL UNIQUE,
     created_at TEXT NOT NULL
   );
   CREATE TABLE sessions (
     token TEXT PRIMARY KEY,
     openid TEXT NOT NULL REFERENCES users(openid),
     created_at TEXT NOT NULL
   );`
];
var DB_FILE = "local-cloud.sqlite";
function openDb(dataDir) {
  fs2.mkdirSync(dataDir, { recursive: true });
  const db = new import_better_sqlite3.default(path2.join(dataDir, DB_FILE));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  migrate(db);
  return db;
}
function migrate(db) {
  const current = db.pragma("user_version", { simple: true });
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

// src/cloud/local/devAuth.ts
var import_crypto = require("crypto");
var MAX_NAME = 20;
var CONTROL2 = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
function normalizeDisplayName(raw) {
  if (typeof raw !== "string") return null;
  const name = raw.trim();
  if (name === "" || CONTROL2.test(name)) return null;
  if ([...name].length > MAX_NAME) return null;
  return name;
}
function createDevAuth(db, clock) {
  const findUser = db.prepare(
    "SELECT openid, display_name FROM users WHERE display_name = ?"
  );
  const insertUser = db.prepare("INSERT INTO users (openid, display_name, created_at) VALUES (?, ?, ?)");
  const insertSession = db.prepare("INSERT INTO sessions (token, openid, created_at) VALUES (?, ?, ?)");
  const findSession = db.prepare(
    `SELECT u.openid, u.display_name FROM sessions s JOIN users u ON u.openid = s.openid WHERE s.token = ?`
  );
  const login = db.transaction((name) => {
    const now = clock.now().toISOString();
    let user = findUser.get(name);
    if (!user) {
      user = { openid: `local_${(0, import_crypto.randomBytes)(12).toString("hex")}`, display_name: name };
      insertUser.run(user.openid, name, now);
    }
    const token = (0, import_crypto.randomBytes)(32).toString("hex");
    insertSession.run(token, user.openid, now);
    return { token, caller: { openid: user.openid, displayName: user.display_name } };
  });
  return {
    login(displayName) {
      const name = normalizeDisplayName(displayName);
      return name === null ? null : login(name);
    },
    resolve(token) {
      if (!/^[0-9a-f]{64}$/.test(token)) return null;
      const row2 = findSession.get(token);
      return row2 ? { openid: row2.openid, displayName: row2.display_name } : null;
    }
  };
}

// src/cloud/local/http.ts
var MAX_BODY_BYTES = 256 * 1024;
var STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  UNKNOWN_FUNCTION: 404,
  MALFORMED_JSON: 400,
  INVALID_EVENT: 400,
  CALLER_IN_EVENT: 400,
  PAYLOAD_TOO_LARGE: 413,
  INVALID_DISPLAY_NAME: 400,
  METHOD_NOT_ALLOWED: 405,
  NOT_FOUND: 404,
  NETWORK: 503,
  INTERNAL: 500
};
function sendResult(res, result) {
  const status = result.ok ? 200 : STATUS[result.error.code];
  const body = JSON.stringify(result);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(body);
}
function sendError(res, code) {
  sendResult(res, fail(code));
}
function readJson(req) {
  return new Promise((resolve2) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      req.resume();
      resolve2({ ok: false, code: "PAYLOAD_TOO_LARGE" });
      return;
    }
    const chunks = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on("end", () => {
      if (tooLarge) return resolve2({ ok: false, code: "PAYLOAD_TOO_LARGE" });
      const text = Buffer.concat(chunks).toString("utf8");
      if (text.trim() === "") return resolve2({ ok: true, value: {} });
      try {
        resolve2({ ok: true, value: JSON.parse(text) });
      } catch {
        resolve2({ ok: false, code: "MALFORMED_JSON" });
      }
    });
    req.on("error", () => resolve2({ ok: false, code: "MALFORMED_JSON" }));
  });
}
function bearerToken(req) {
  const header = req.headers.authorization;
  if (typeof header !== "string") return null;
  const match = /^Bearer ([^\s]+)$/.exec(header);
  return match ? match[1] : null;
}

// src/cloud/local/static.ts
var fs3 = __toESM(require("fs"));
var path3 = __toESM(require("path"));
var TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf"
};
function serveStatic(root, urlPath, res) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0]);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const base2 = path3.resolve(root);
  const target = path3.resolve(base2, "." + (decoded === "/" ? "/index.html" : decoded));
  if (target !== base2 && !target.startsWith(base2 + path3.sep)) {
    res.writeHead(403).end();
    return;
  }
  const file = fs3.existsSync(target) && fs3.statSync(target).isFile() ? target : path3.join(base2, "index.html");
  if (!fs3.existsSync(file)) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    res.end("H5 \u7248\u672C\u5C1A\u672A\u6784\u5EFA\uFF1A\u8BF7\u5148\u8FD0\u884C npm run build:h5");
    return;
  }
  const type = TYPES[path3.extname(file)] ?? "application/octet-stream";
  res.writeHead(200, { "content-type": type, "cache-control": file.endsWith("index.html") ? "no-cache" : "public, max-age=3600" });
  fs3.createReadStream(file).pipe(res);
}

// src/cloud/local/server.ts
var HOST = "127.0.0.1";
async function startLocalCloud(options2) {
  const clock = options2.clock ?? systemClock;
  const db = openDb(options2.dataDir);
  const auth = createDevAuth(db, clock);
  async function handleApi(req, res, pathname) {
    if (pathname === "/api/health") return sendResult(res, ok({ status: "ok" }));
    if (req.method !== "POST") return sendError(res, "METHOD_NOT_ALLOWED");
    if (pathname === "/api/dev/login") {
      const body2 = await readJson(req);
      if (!body2.ok) return sendError(res, body2.code);
      const name = body2.value?.displayName;
      const session = auth.login(name);
      if (session === null) return sendResult(res, fail("INVALID_DISPLAY_NAME", "displayName"));
      return sendResult(res, ok({ token: session.token, openid: session.caller.openid, displayName: session.caller.displayName }));
    }
    const match = /^\/api\/functions\/([A-Za-z][A-Za-z0-9_]{0,63})$/.exec(pathname);
    if (!match) return sendError(res, pathname.startsWith("/api/functions/") ? "UNKNOWN_FUNCTION" : "NOT_FOUND");
    const body = await readJson(req);
    if (!body.ok) return sendError(res, body.code);
    const token = bearerToken(req);
    const caller = token === null ? null : auth.resolve(token);
    sendResult(res, await runFunction(match[1], body.value, { caller, clock }));
  }
  const server = http.createServer((req, res) => {
    const pathname = (req.url ?? "/").split("?")[0];
    if (pathname.startsWith("/api/")) {
      handleApi(req, res, pathname).catch((err) => {
        console.error("local cloud request failed", err);
        if (!res.headersSent) sendError(res, "INTERNAL");
      });
      return;
    }
    if (options2.staticDir === void 0 || req.method !== "GET" && req.method !== "HEAD") return sendError(res, "NOT_FOUND");
    serveStatic(options2.staticDir, pathname, res);
  });
  await new Promise((resolve2, reject) => {
    server.once("error", reject);
    server.listen(options2.port, HOST, () => resolve2());
  });
  const port = server.address().port;
  let closing = null;
  return {
    url: `http://${HOST}:${port}`,
    port,
    close() {
      closing ??= new Promise((resolve2) => {
        server.close(() => {
          db.close();
          resolve2();
        });
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 2e3).unref();
      });
      return closing;
    }
  };
}

// test/helpers/localCloud.ts
function tempDataDir() {
  return fs4.mkdtempSync(path4.join(os.tmpdir(), "cluster-declare-"));
}
async function startCloud(dataDir = tempDataDir(), staticDir) {
  const cloud = await startLocalCloud({ dataDir, port: 0, ...staticDir ? { staticDir } : {} });
  return Object.assign(cloud, { dataDir });
}

// src/chat/question.ts
function expects(item) {
  switch (item.kind) {
    case "text":
      return item.format === "personName" ? "\u8BF7\u8F93\u5165\u59D3\u540D" : "\u8BF7\u8F93\u5165\u6587\u5B57";
    case "phone":
      return "\u8BF7\u8F93\u5165\u624B\u673A\u53F7\u6216\u5E26\u533A\u53F7\u7684\u5EA7\u673A\u53F7";
    case "region":
      return `\u8BF7\u4F9D\u6B21\u586B\u5199${item.parts.join("\u3001")}`;
    case "date":
      return "\u8BF7\u8F93\u5165\u65E5\u671F\uFF0C\u5982 2024\u5E743\u670815\u65E5";
    case "number":
      return `\u8BF7\u8F93\u5165\u6570\u503C\uFF08\u5355\u4F4D\uFF1A${item.unit}\uFF09`;
    case "yearRow":
      return `\u8BF7\u5206\u522B\u586B\u5199${item.years.map((y) => `${y}\u5E74`).join("\u3001")}\u7684\u6570\u503C\uFF08\u5355\u4F4D\uFF1A${item.unit}\uFF09`;
    case "choice":
      return "\u8BF7\u9009\u62E9\u4E00\u9879";
    case "checklist":
      return "\u53EF\u591A\u9009\uFF1B\u52FE\u9009\u7684\u6BCF\u4E00\u9879\u90FD\u9700\u8981\u4F50\u8BC1\u6750\u6599";
    case "textBlock":
      return `\u8BF7\u7528${item.maxChars}\u5B57\u4EE5\u5185\u63CF\u8FF0`;
    case "itemList":
      return `\u8BF7\u9010\u6761\u586B\u5199\uFF1A${item.fields.map((f) => f.label).join("\u3001")}`;
    case "standardsMatrix":
      return `\u8BF7\u6309${item.categories.join("\u3001")}\u5206\u522B\u586B\u5199\u5404\u5E74\u5EA6\u4E3B\u6301\u6570\u91CF\u548C\u53C2\u4E0E\u6570\u91CF`;
    case "platforms":
      return `\u8BF7\u6309${item.tiers.length}\u7C7B\u5E73\u53F0\u5206\u522B\u586B\u5199\u6570\u91CF\u548C\u540D\u79F0`;
    case "countGroup":
      return `\u8BF7\u5206\u522B\u586B\u5199${item.counts.map((c) => c.label).join("\u3001")}`;
    case "plan":
      return `\u6309\u63D0\u7EB2\u5206\u90E8\u5206\u64B0\u5199\uFF0C\u5408\u8BA1${item.maxChars}\u5B57\u4EE5\u5185`;
    case "statement":
    case "paperMark":
      return "\u5728\u5BFC\u51FA\u7684\u7EB8\u8D28\u7533\u62A5\u8868\u4E0A\u7B7E\u5B57\u76D6\u7AE0";
    default:
      return assertNever(item);
  }
}
function unitOf(item) {
  switch (item.kind) {
    case "number":
    case "yearRow":
    case "platforms":
      return item.unit;
    default:
      return void 0;
  }
}
function optionsOf(item) {
  return item.kind === "choice" || item.kind === "checklist" ? item.options.map((o) => o.label) : [];
}
function questionFor(item) {
  const q = {
    itemId: item.id,
    label: item.label,
    expects: expects(item),
    options: optionsOf(item),
    help: helpText(item)
  };
  const unit = unitOf(item);
  if (unit !== void 0) q.unit = unit;
  if (item.hint !== void 0) q.hint = item.hint;
  if (item.note !== void 0) q.note = item.note;
  if (item.group !== void 0) q.group = item.group;
  return q;
}

// src/chat/numbers.ts
var DIGITS = { \u96F6: 0, "\u3007": 0, \u4E00: 1, \u4E8C: 2, \u4E24: 2, \u4E09: 3, \u56DB: 4, \u4E94: 5, \u516D: 6, \u4E03: 7, \u516B: 8, \u4E5D: 9 };
var SMALL_UNITS = { \u5341: 10, \u767E: 100, \u5343: 1e3 };
function chineseToNumber(text) {
  if (!/^[零〇一二两三四五六七八九十百千点]+$/.test(text)) return void 0;
  const [intPart, fracPart] = text.split("\u70B9");
  let total = 0;
  let current = 0;
  for (const ch of intPart) {
    if (ch in DIGITS) current = DIGITS[ch];
    else if (ch in SMALL_UNITS) {
      total += (current === 0 && ch === "\u5341" ? 1 : current) * SMALL_UNITS[ch];
      current = 0;
    } else return void 0;
  }
  total += current;
  if (fracPart === void 0) return String(total);
  const frac = [...fracPart].map((c) => DIGITS[c]);
  if (frac.some((d) => d === void 0)) return void 0;
  return `${total}.${frac.join("")}`;
}
var AMOUNT_UNITS = { \u4EBF\u5143: 1e8, \u4EBF: 1e8, \u4E07\u5143: 1e4, \u4E07: 1e4, \u5143: 1 };
function shiftDecimal(value, shift) {
  const negative = value.startsWith("-");
  const [int, frac = ""] = value.replace(/^[-+]/, "").split(".");
  let digits = int + frac;
  let point = int.length + shift;
  if (point <= 0) {
    digits = "0".repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits = digits + "0".repeat(point - digits.length);
  const tail = digits.slice(point).replace(/0+$/, "");
  const out = `${digits.slice(0, point).replace(/^0+(?=\d)/, "")}${tail ? "." + tail : ""}`;
  return negative ? `-${out}` : out;
}
function readNumber(raw, unit) {
  let text = toHalfWidth(raw).replace(/,(?=\d{3}\b)/g, "");
  if (text === "") return { ok: false, reason: "empty" };
  let percent = false;
  const pct = /^百分之(.+)$/.exec(text);
  if (pct) {
    text = pct[1];
    percent = true;
  }
  if (text.endsWith("%")) {
    text = text.slice(0, -1);
    percent = true;
  }
  const m = /^([-+]?[\d.]+|[零〇一二两三四五六七八九十百千点]+)(亿元|亿|万元|万|元|个|家|人|件|项|平方公里)?$/.exec(text);
  if (!m) return { ok: true, text: raw };
  const number = /^[零〇一二两三四五六七八九十百千点]+$/.test(m[1]) ? chineseToNumber(m[1]) : m[1];
  if (number === void 0) return { ok: true, text: raw };
  const written = m[2];
  if (percent && unit !== "%") return { ok: false, reason: "unit" };
  if (!written) return { ok: true, text: number };
  if (written in AMOUNT_UNITS) {
    if (unit !== "\u4EBF\u5143" && unit !== "\u4E07\u5143") return { ok: false, reason: "unit" };
    const from = AMOUNT_UNITS[written];
    const to = AMOUNT_UNITS[unit];
    if (from === to) return { ok: true, text: number };
    const converted = shiftDecimal(number, Math.round(Math.log10(from / to)));
    return { ok: true, text: converted, converted: { from: `${number}${written.endsWith("\u5143") ? written : `${written}\u5143`}`, to: `${converted}${unit}` } };
  }
  return written === unit || unit === "\u5BB6" && written === "\u4E2A" || unit === "\u4E2A" && written === "\u5BB6" ? { ok: true, text: number } : { ok: false, reason: "unit" };
}
function splitValues(raw) {
  return raw.replace(/[，、；;\/|]/g, " ").normalize("NFKC").replace(/(\.\d+),/g, "$1 ").replace(/,(?!\d{3}(?!\d))/g, " ").split(/\s+/).filter((t) => t !== "");
}

// src/chat/commands.ts
var SECTION_NUMBERS = ["s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9"];
function sectionFrom(text) {
  if (/封面/.test(text)) return "cover";
  const m = /第?([一二三四五六七八九\d])(?:部分|节|章|项|大项)?$/.exec(text);
  if (!m) return void 0;
  const n = /\d/.test(m[1]) ? Number(m[1]) : Number(chineseToNumber(m[1]));
  return SECTION_NUMBERS[n - 1];
}
var normalizeLabel = (s) => s.replace(/[（(].*?[）)]/g, "").replace(/[\s：:“”"]/g, "");
function findItemByWords(words) {
  const yearMatch = /(202[123])\s*年?/.exec(words);
  const year = yearMatch?.[1];
  const target = normalizeLabel(words.replace(/202[123]\s*年?(的)?/, ""));
  if (target === "") return void 0;
  const candidates = allItems().filter(isAnswerable);
  const exact = candidates.find((i) => normalizeLabel(i.label) === target);
  const partial = exact ?? candidates.find((i) => normalizeLabel(i.label).includes(target));
  if (!partial) return void 0;
  return year !== void 0 && partial.kind === "yearRow" ? { itemId: partial.id, year } : { itemId: partial.id };
}
function parseCommand(raw) {
  const text = raw.normalize("NFKC").trim().replace(/[。！!？?]$/, "");
  if (/^(上一题|上一个|返回上一题|回到上一题)$/.test(text)) return { kind: "previous" };
  if (/^(跳过|跳过此题|先跳过|下一题)$/.test(text)) return { kind: "skip" };
  if (/^(怎么填|如何填写|填报说明|帮助|怎么填写)$/.test(text)) return { kind: "help" };
  const jump = /^(?:跳到|跳转到|转到|去|打开)(.+)$/.exec(text);
  if (jump) {
    const section = sectionFrom(jump[1]);
    if (section) return { kind: "jump", section };
    const titled = FORM.sections.find((s) => s.title.includes(jump[1]));
    if (titled) return { kind: "jump", section: titled.id };
  }
  const edit = /^(?:修改|更改|改一下|重新填写?|编辑)\s*(.+)$/.exec(text);
  if (edit) {
    const found = findItemByWords(edit[1]);
    return found ? { kind: "edit", ...found } : { kind: "editUnknown", text: edit[1] };
  }
  return void 0;
}

// src/chat/format.ts
function formatAnswer(item, value) {
  if (value === void 0 || value === null) return "\uFF08\u672A\u586B\u5199\uFF09";
  const v = value;
  switch (item.kind) {
    case "text":
    case "phone":
    case "date":
    case "textBlock":
      return String(value);
    case "number":
      return `${String(value)} ${item.unit}`;
    case "region":
      return `${v.city ?? ""}${v.county ?? ""}`;
    case "yearRow":
      return item.years.map((y) => `${y}\u5E74 ${v[y] ?? "\u2014"}`).join("\uFF0C") + `\uFF08${item.unit}\uFF09`;
    case "choice":
      return item.options.find((o) => o.id === value)?.label ?? String(value);
    case "checklist": {
      const ticked = value.ticked ?? [];
      return ticked.length === 0 ? "\u5747\u672A\u5F00\u5C55" : ticked.map((t) => item.options.find((o) => o.id === t)?.label ?? t).join("\uFF1B");
    }
    case "itemList": {
      const list2 = value;
      return list2.none ? "\u65E0" : `\u5171 ${list2.entries?.length ?? 0} \u6761`;
    }
    case "standardsMatrix":
      return item.years.map((y) => `${y}\u5E74 ` + item.categories.map((c) => `${c}${v[y]?.[c]?.host ?? "\u2014"}/${v[y]?.[c]?.participate ?? "\u2014"}`).join(" ")).join("\uFF1B");
    case "platforms":
      return item.tiers.map((t) => `${t.label.replace("\u540D\u79F0\u53CA\u6570\u91CF", "")} ${v[t.id]?.count ?? "\u2014"}\u4E2A`).join("\uFF1B");
    case "countGroup":
      return item.counts.map((c) => `${c.label} ${v[c.id] ?? "\u2014"}`).join("\uFF0C");
    case "plan":
      return `\u5DF2\u5199 ${Object.keys(v.parts ?? {}).length}/${item.parts.length} \u90E8\u5206\uFF0C\u6307\u6807 ${(v.indicators ?? []).length} \u9879`;
    case "statement":
    case "paperMark":
      return "";
    default:
      return assertNever(item);
  }
}

// src/chat/plan.ts
var year2023 = (answers2, id) => {
  const v = answers2[id]?.value;
  return v && typeof v === "object" ? v["2023"] : void 0;
};
function baselineFor(indicator, answers2) {
  switch (indicator) {
    case "\u96C6\u7FA4\u4EA7\u503C\u5E74\u5747\u589E\u901F": {
      const entered = answers2["s2.leadingCagr"]?.value;
      if (typeof entered === "string" && entered !== "") return `${entered}%`;
      const d = leadingCagr(answers2);
      return d ? `${d.text}%` : void 0;
    }
    case "\u4F18\u8D28\u4E2D\u5C0F\u4F01\u4E1A\u6570\u91CF": {
      const ids = ["s2.provincialSrdi", "s2.littleGiants", "s2.singleChampions", "s2.innovativeSmes"];
      const values = ids.map((id) => Number(year2023(answers2, id)));
      return values.every((n) => Number.isFinite(n)) ? `${values.reduce((a, b) => a + b, 0)}\u5BB6` : void 0;
    }
    case "\u6709\u6548\u53D1\u660E\u4E13\u5229\u6570\u91CF": {
      const v = answers2["s3.inventionPatents"]?.value;
      return typeof v === "string" && v !== "" ? `${v}\u4E2A` : void 0;
    }
    case "\u5DE5\u4E1A\u4E92\u8054\u7F51\u666E\u53CA\u7387": {
      const v = answers2["s4.iiotRate"]?.value;
      return typeof v === "string" && v !== "" ? `${v}%` : void 0;
    }
    case "\u4E8C\u6C27\u5316\u78B3\u6392\u653E\u91CF": {
      const v = year2023(answers2, "s5.co2Intensity");
      return v ? `${format2(Number(v))}\u5428\u4E8C\u6C27\u5316\u78B3/\u4E07\u5143` : void 0;
    }
    default:
      return void 0;
  }
}

// src/chat/interpret.ts
var NONE = /^(无|没有|没有了|都没有|暂无|0个?|零)$/;
var DONE = /^(完成|好了|结束|就这些|没有了|提交|确定)$/;
var MORE = /^(再加一条|继续添加|添加|再加|还有)$/;
var YES = /^(是|是的|对|有|采用|同意|好|确认|yes|y)$/i;
var NO = /^(否|不是|没有|无|不|no|n)$/i;
function numberText(raw, unit, notes, kind = "count", label3 = "") {
  const r = readNumber(raw, unit);
  if (!r.ok) return { ok: false, reason: r.reason === "unit" ? `\u8FD9\u4E00\u680F\u7684\u5355\u4F4D\u662F\u201C${unit}\u201D\uFF0C\u8BF7\u6309${unit}\u586B\u5199\u3002` : "\u8BF7\u8F93\u5165\u6570\u503C\u3002" };
  const parsed = parseNumber(r.text, kind);
  if (!parsed.ok && parsed.code !== "NUMBER_NEGATIVE") {
    return { ok: false, reason: ruleMessage(parsed.code, { label: label3, example: kind === "count" ? "12" : "118.36", unit }) };
  }
  if (r.converted) notes.push(`\u5DF2\u6362\u7B97\u5355\u4F4D\uFF1A${r.converted.from} = ${r.converted.to}`);
  return { ok: true, text: r.text };
}
var countText = (raw) => NONE.test(raw.trim()) ? "0" : raw;
function parseDate(raw) {
  const m = /^(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?$/.exec(raw.normalize("NFKC").trim());
  return m ? `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}` : void 0;
}
function parseRegion(raw) {
  const text = raw.normalize("NFKC").replace(/[\s,，、]/g, "").replace(/^山东省?/, "");
  for (const city of SHANDONG) {
    const short = city.name.slice(0, -1);
    const prefix = text.startsWith(city.name) ? city.name : text.startsWith(short) ? short : void 0;
    if (prefix) return { city: city.name, county: text.slice(prefix.length) };
  }
  return void 0;
}
function chooseOption(item, raw) {
  const text = raw.normalize("NFKC").trim();
  const label3 = (o) => o.label.normalize("NFKC");
  const exact = item.options.find((o) => label3(o) === text);
  if (exact) return exact.id;
  if (/^\d+$/.test(text)) return item.options[Number(text) - 1]?.id;
  if (/不适用/.test(text)) return item.options.find((o) => o.label.includes("\u4E0D\u9002\u7528"))?.id;
  if (YES.test(text)) return item.options.find((o) => o.label === "\u662F")?.id;
  if (NO.test(text)) return item.options.find((o) => o.label === "\u5426")?.id;
  const partial = item.options.filter((o) => label3(o).includes(text) || text.includes(label3(o)));
  return partial.length === 1 ? partial[0].id : void 0;
}
function yearRow2(item, raw, pending) {
  const notes = [];
  const state = pending?.kind === "yearRow" ? pending : { kind: "yearRow", values: {}, years: item.years.map(String) };
  const parts = splitValues(raw);
  const take = (text) => item.numberKind === "count" ? countText(text) : text;
  if (parts.length === state.years.length || parts.length === 1) {
    const values = { ...state.values };
    const years = [...state.years];
    for (const part of parts) {
      const year = years.shift();
      const n = numberText(take(part), item.unit, notes, item.numberKind, `${year}\u5E74${item.label}`);
      if (!n.ok) return { kind: "refused", reason: n.reason };
      values[year] = n.text;
    }
    if (years.length === 0) return { kind: "value", value: values, notes };
    return { kind: "progress", pending: { kind: "yearRow", values, years }, prompt: `\u8BF7\u586B\u5199${years[0]}\u5E74\u7684\u6570\u503C\uFF08${item.unit}\uFF09`, notes };
  }
  return { kind: "refused", reason: `\u8BF7\u4E00\u6B21\u586B\u5199${state.years.length}\u4E2A\u6570\u503C\uFF08\u7528\u7A7A\u683C\u5206\u5F00\uFF09\uFF0C\u6216\u9010\u5E74\u586B\u5199\u3002` };
}
function matrix(item, raw, pending) {
  const state = pending?.kind === "matrix" ? pending : { kind: "matrix", values: {}, year: 0 };
  const year = String(item.years[state.year]);
  const parts = NONE.test(raw.trim()) ? Array(8).fill("0") : splitValues(raw).map(countText);
  if (parts.length !== item.categories.length * 2) {
    return { kind: "refused", reason: `\u8BF7\u586B\u51998\u4E2A\u6570\uFF1A${item.categories.map((c) => `${c}\u4E3B\u6301\u3001${c}\u53C2\u4E0E`).join("\u3001")}\uFF1B\u6CA1\u6709\u8BF7\u56DE\u590D\u201C\u65E0\u201D\u3002` };
  }
  const values = { ...state.values, [year]: Object.fromEntries(item.categories.map((c, i) => [c, { host: parts[i * 2], participate: parts[i * 2 + 1] }])) };
  if (state.year + 1 >= item.years.length) return { kind: "value", value: values, notes: [] };
  return { kind: "progress", pending: { kind: "matrix", values, year: state.year + 1 }, prompt: matrixPrompt(item, state.year + 1), notes: [] };
}
var matrixPrompt = (item, year) => `${item.years[year]}\u5E74\uFF1A\u8BF7\u4F9D\u6B21\u586B\u5199${item.categories.map((c) => `${c}\u4E3B\u6301\u3001\u53C2\u4E0E`).join("\uFF0C")}\u7684\u6570\u91CF\uFF08\u51718\u4E2A\u6570\uFF0C\u7528\u7A7A\u683C\u5206\u5F00\uFF09\uFF1B\u6CA1\u6709\u8BF7\u56DE\u590D\u201C\u65E0\u201D`;
function list(item, raw, pending) {
  const text = raw.trim();
  const state = pending?.kind === "list" ? pending : { kind: "list", entries: [], current: {}, field: 0, askMore: false };
  if (state.entries.length === 0 && state.field === 0 && !state.askMore && NONE.test(text)) return { kind: "value", value: { none: true, entries: [] }, notes: [] };
  if (state.askMore || state.field === 0 && DONE.test(text)) {
    if (DONE.test(text)) return { kind: "value", value: { entries: state.entries }, notes: [] };
    if (MORE.test(text)) return { kind: "progress", pending: { ...state, askMore: false, field: 0, current: {} }, prompt: listPrompt(item, state.entries.length, 0), notes: [] };
    if (!state.askMore) return { kind: "refused", reason: "\u8BF7\u56DE\u590D\u201C\u518D\u52A0\u4E00\u6761\u201D\u6216\u201C\u5B8C\u6210\u201D\u3002" };
  }
  const field = item.fields[state.field];
  let value = text;
  if (field.kind === "choice" && field.options) {
    const found = field.options.find((o) => o === text) ?? (/^\d+$/.test(text) ? field.options[Number(text) - 1] : field.options.find((o) => o.includes(text)));
    if (!found) return { kind: "refused", reason: `\u201C${field.label}\u201D\u8BF7\u4ECE\u4EE5\u4E0B\u9009\u62E9\uFF1A${field.options.join("\u3001")}` };
    value = found;
  }
  if (field.kind === "date") {
    const d = parseDate(text);
    if (d === void 0 && !(NONE.test(text) && !field.required)) return { kind: "refused", reason: "\u8BF7\u6309 2021\u5E743\u67085\u65E5 \u6216 2021-03-05 \u586B\u5199\u65E5\u671F\u3002" };
    value = d ?? "";
  }
  if (field.kind === "year" && !/^(19|20)\d{2}年?$/.test(text)) return { kind: "refused", reason: "\u8BF7\u586B\u5199\u56DB\u4F4D\u5E74\u4EFD\uFF0C\u5982 2021\u3002" };
  if (field.kind === "year") value = text.slice(0, 4);
  const current = { ...state.current, [field.id]: value };
  if (state.field + 1 < item.fields.length) {
    return { kind: "progress", pending: { ...state, current, field: state.field + 1 }, prompt: listPrompt(item, state.entries.length, state.field + 1), notes: [] };
  }
  const entries = [...state.entries, { id: `e${state.entries.length + 1}`, fields: current }];
  return { kind: "progress", pending: { ...state, entries, current: {}, field: 0, askMore: true }, prompt: `\u5DF2\u6DFB\u52A0\u7B2C${entries.length}\u6761\u3002\u56DE\u590D\u201C\u518D\u52A0\u4E00\u6761\u201D\u7EE7\u7EED\uFF0C\u6216\u56DE\u590D\u201C\u5B8C\u6210\u201D\u3002`, notes: [] };
}
var listPrompt = (item, index, field) => {
  const f = item.fields[field];
  return `\u7B2C${index + 1}\u6761 \xB7 \u8BF7\u586B\u5199\u201C${f.label}\u201D${f.options ? `\uFF08${f.options.join("/")}\uFF09` : ""}${index === 0 && field === 0 ? "\uFF1B\u6CA1\u6709\u8BF7\u56DE\u590D\u201C\u65E0\u201D" : ""}`;
};
function platforms(item, raw, pending) {
  const notes = [];
  const state = pending?.kind === "platforms" ? pending : { kind: "platforms", values: {}, tier: 0, stage: "count" };
  const tier = item.tiers[state.tier];
  const values = { ...state.values };
  if (state.stage === "count") {
    const n = numberText(countText(raw), "\u4E2A", notes);
    if (!n.ok) return { kind: "refused", reason: n.reason };
    values[tier.id] = { count: n.text, entries: [] };
    if (n.text !== "0") return { kind: "progress", pending: { ...state, values, stage: "names" }, prompt: `\u8BF7\u586B\u5199\u8FD9 ${n.text} \u4E2A\u5E73\u53F0\u7684\u540D\u79F0\uFF0C\u7528\u201C\u3001\u201D\u6216\u6362\u884C\u5206\u5F00`, notes };
  } else {
    const names = raw.split(/[、，,；;\n]+/).map((s) => s.trim()).filter(Boolean);
    values[tier.id] = { ...values[tier.id], entries: names.map((name) => ({ name })) };
  }
  if (state.tier + 1 >= item.tiers.length) return { kind: "value", value: values, notes };
  return { kind: "progress", pending: { kind: "platforms", values, tier: state.tier + 1, stage: "count" }, prompt: `${item.tiers[state.tier + 1].label}\uFF1A\u6570\u91CF\uFF08\u4E2A\uFF09\uFF1F`, notes };
}
function counts(item, raw, pending) {
  const notes = [];
  const state = pending?.kind === "counts" ? pending : { kind: "counts", values: {}, index: 0 };
  const parts = splitValues(raw).map(countText);
  const values = { ...state.values };
  let index = state.index;
  if (parts.length !== 1 && parts.length !== item.counts.length - state.index) return { kind: "refused", reason: `\u8BF7\u586B\u5199${item.counts.slice(state.index).map((c) => c.label).join("\u3001")}\uFF08\u7528\u7A7A\u683C\u5206\u5F00\uFF09\u3002` };
  for (const part of parts) {
    const n = numberText(part, "\u4E2A", notes);
    if (!n.ok) return { kind: "refused", reason: n.reason };
    values[item.counts[index++].id] = n.text;
  }
  if (index >= item.counts.length) return { kind: "value", value: values, notes };
  return { kind: "progress", pending: { kind: "counts", values, index }, prompt: `\u8BF7\u586B\u5199${item.counts[index].label}`, notes };
}
function plan(item, raw, pending, answers2) {
  const state = pending?.kind === "plan" ? pending : { kind: "plan", parts: {}, part: 0, indicators: [], row: 0 };
  const rows = item.indicatorTable.directions.flatMap((d) => d.examples.map((e) => ({ direction: d.direction, indicator: e })));
  if (state.part < item.parts.length) {
    const parts = { ...state.parts, [item.parts[state.part].id]: raw.trim() };
    const next = state.part + 1;
    if (next < item.parts.length) return { kind: "progress", pending: { ...state, parts, part: next }, prompt: planPartPrompt(item, next), notes: [] };
    return { kind: "progress", pending: { ...state, parts, part: next, row: 0 }, prompt: indicatorPrompt(rows[0], answers2), notes: [] };
  }
  const row2 = rows[state.row];
  const text = raw.trim();
  const indicators = [...state.indicators];
  if (!/^(跳过|不填)$/.test(text)) {
    const parts = text.split(/\s+|[，,；;]/).filter(Boolean);
    const suggested = baselineFor(row2.indicator, answers2);
    const [baseline, target] = parts.length >= 2 ? [parts[0], parts.slice(1).join(" ")] : [suggested ?? "", parts[0]];
    if (!baseline) return { kind: "refused", reason: "\u8BF7\u586B\u5199\u201C2023\u5E74\u57FA\u51C6\u503C 2026\u5E74\u76EE\u6807\u503C\u201D\uFF0C\u7528\u7A7A\u683C\u5206\u5F00\u3002" };
    indicators.push({ direction: row2.direction, indicator: row2.indicator, baseline, target });
  }
  if (state.row + 1 < rows.length) return { kind: "progress", pending: { ...state, indicators, row: state.row + 1 }, prompt: indicatorPrompt(rows[state.row + 1], answers2), notes: [] };
  return { kind: "value", value: { parts: state.parts, indicators }, notes: [] };
}
var planPartPrompt = (item, part) => {
  const p2 = item.parts[part];
  return `\u89C4\u5212\u7B2C${part + 1}/${item.parts.length}\u90E8\u5206\uFF1A${[...p2.under, p2.label].join(" \u203A ")}${p2.guide ? `
${p2.guide}` : ""}`;
};
function indicatorPrompt(row2, answers2) {
  const base2 = baselineFor(row2.indicator, answers2);
  return `\u53D1\u5C55\u76EE\u6807\u6307\u6807\u8868 \xB7 ${row2.direction} \xB7 ${row2.indicator}\uFF1A\u8BF7\u586B\u5199\u201C2023\u5E74\u57FA\u51C6\u503C 2026\u5E74\u76EE\u6807\u503C\u201D${base2 ? `\uFF08\u57FA\u51C6\u503C\u6309\u524D\u9762\u7684\u586B\u62A5\u4E3A ${base2}\uFF0C\u53EA\u586B\u76EE\u6807\u503C\u5373\u53EF\uFF09` : ""}\uFF1B\u4E0D\u8BBE\u6B64\u6307\u6807\u8BF7\u56DE\u590D\u201C\u8DF3\u8FC7\u201D`;
}
function interpret(item, raw, pending, answers2) {
  const text = raw.trim();
  switch (item.kind) {
    case "text":
    case "textBlock":
      return { kind: "value", value: raw.replace(/^\s+|\s+$/g, ""), notes: [] };
    case "phone":
      return { kind: "value", value: text, notes: [] };
    case "date": {
      const d = parseDate(text);
      return d ? { kind: "value", value: d, notes: [] } : { kind: "refused", reason: "\u8BF7\u6309 2024\u5E743\u670815\u65E5 \u6216 2024-03-15 \u586B\u5199\u65E5\u671F\u3002" };
    }
    case "region": {
      const r = parseRegion(text);
      return r ? { kind: "value", value: r, notes: [] } : { kind: "refused", reason: "\u8BF7\u586B\u5199\u201CXX\u5E02XX\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u201D\uFF0C\u5982\uFF1A\u6F4D\u574A\u5E02\u574A\u5B50\u533A\u3002" };
    }
    case "number": {
      const notes = [];
      const n = numberText(item.numberKind === "count" ? countText(text) : text, item.unit, notes, item.numberKind, item.label);
      return n.ok ? { kind: "value", value: n.text, notes } : { kind: "refused", reason: n.reason };
    }
    case "yearRow":
      return yearRow2(item, text, pending);
    case "choice": {
      const id = chooseOption(item, text);
      return id ? { kind: "value", value: id, notes: [] } : { kind: "refused", reason: `\u8BF7\u4ECE\u4EE5\u4E0B\u9009\u9879\u4E2D\u9009\u62E9\uFF1A${item.options.map((o) => o.label).join("\u3001")}` };
    }
    case "checklist": {
      const ticked = pending?.kind === "checklist" ? pending.ticked : [];
      if (DONE.test(text)) return { kind: "value", value: { ticked }, notes: [] };
      if (NONE.test(text) && ticked.length === 0) return { kind: "value", value: { ticked: [] }, notes: [] };
      const picks = /^[\d\s,，、]+$/.test(text) ? splitValues(text).map((n) => item.options[Number(n) - 1]?.id) : [chooseOption(item, text)];
      if (picks.some((p2) => p2 === void 0)) return { kind: "refused", reason: "\u8BF7\u70B9\u9009\u9009\u9879\uFF0C\u6216\u56DE\u590D\u9009\u9879\u5E8F\u53F7\uFF08\u5982 1 3 5\uFF09\uFF0C\u9009\u597D\u540E\u56DE\u590D\u201C\u5B8C\u6210\u201D\u3002" };
      const next = [...ticked];
      for (const p2 of picks) {
        const at = next.indexOf(p2);
        if (at >= 0) next.splice(at, 1);
        else next.push(p2);
      }
      next.sort((a, b) => item.options.findIndex((o) => o.id === a) - item.options.findIndex((o) => o.id === b));
      const labels = next.map((id) => item.options.find((o) => o.id === id)?.label).join("\uFF1B");
      return { kind: "progress", pending: { kind: "checklist", ticked: next }, prompt: `\u5DF2\u9009 ${next.length} \u9879${next.length ? `\uFF1A${labels}` : ""}\u3002\u7EE7\u7EED\u70B9\u9009\uFF0C\u6216\u56DE\u590D\u201C\u5B8C\u6210\u201D\u3002`, notes: [] };
    }
    case "itemList":
      return list(item, text, pending);
    case "standardsMatrix":
      return matrix(item, text, pending);
    case "platforms":
      return platforms(item, text, pending);
    case "countGroup":
      return counts(item, text, pending);
    case "plan":
      return plan(item, raw, pending, answers2);
    case "statement":
    case "paperMark":
      return { kind: "refused", reason: "\u6B64\u5904\u5728\u5BFC\u51FA\u7684\u7533\u62A5\u8868\u4E0A\u7B7E\u5B57\u76D6\u7AE0\uFF0C\u65E0\u9700\u586B\u5199\u3002" };
    default:
      return assertNever(item);
  }
}

// src/chat/engine.ts
var ITEMS_IN_ORDER = FORM.sections.flatMap((s) => s.items.filter(isAnswerable).map((item) => ({ item, section: s.id })));
function scopeItems(scope) {
  return ITEMS_IN_ORDER.filter((e) => scope.includes(e.section)).map((e) => e.item);
}
var answered = (answers2, id) => answers2[id] !== void 0 && answers2[id]?.value !== void 0;
function push(state, ...turns) {
  let id = state.nextTurnId;
  const added = turns.map((t) => ({ ...t, id: id++ }));
  return { ...state, turns: [...state.turns, ...added], nextTurnId: id };
}
var feedback = (tone, text, itemId) => ({ from: "bot", kind: "feedback", tone, text, ...itemId ? { itemId } : {} });
function opening(item, answers2) {
  const derived2 = item.id === "s2.leadingCagr" ? leadingCagr(answers2) : item.id === "s3.patentsPer10k" ? patentDensity(answers2) : void 0;
  if (derived2) {
    const what = item.id === "s2.leadingCagr" ? `\u8FD1\u4E09\u5E74\u5E74\u5747\u589E\u901F\u4E3A${derived2.text}%` : `\u6BCF\u4E07\u4EBA\u6709\u6548\u53D1\u660E\u4E13\u5229\u62E5\u6709\u91CF\u4E3A${derived2.text}`;
    return { prompt: `\u6309\u60A8\u586B\u5199\u7684\u6570\u636E\uFF0C${what}\uFF0C\u662F\u5426\u91C7\u7528\uFF1F\uFF08${derived2.formula}\uFF09\u56DE\u590D\u201C\u91C7\u7528\u201D\uFF0C\u6216\u76F4\u63A5\u586B\u5199\u3002`, pending: { kind: "offer", value: derived2.text } };
  }
  switch (item.kind) {
    case "itemList":
      return { prompt: listPrompt(item, 0, 0), pending: null };
    case "standardsMatrix":
      return { prompt: matrixPrompt(item, 0), pending: null };
    case "platforms":
      return { prompt: `${item.tiers[0].label}\uFF1A\u6570\u91CF\uFF08\u4E2A\uFF09\uFF1F`, pending: null };
    case "countGroup":
      return { prompt: `\u8BF7\u586B\u5199${item.counts.map((c) => c.label).join("\u3001")}\uFF08\u7528\u7A7A\u683C\u5206\u5F00\uFF0C\u6CA1\u6709\u586B 0\uFF09`, pending: null };
    case "plan":
      return { prompt: planPartPrompt(item, 0), pending: null };
    default:
      return { prompt: questionFor(item).expects, pending: null };
  }
}
function ask(state, answers2, item, extra) {
  const open = extra ?? opening(item, answers2);
  const current = answers2[item.id];
  const prompt = current !== void 0 ? `${open.prompt}
\u5F53\u524D\u7B54\u6848\uFF1A${formatAnswer(item, current.value)}\uFF08\u56DE\u590D\u201C\u8DF3\u8FC7\u201D\u4FDD\u6301\u4E0D\u53D8\uFF09` : open.prompt;
  return push({ ...state, cursor: item.id, pending: open.pending }, { from: "bot", kind: "question", itemId: item.id, question: questionFor(item), prompt });
}
function nextOpen(state, answers2, after) {
  const items = scopeItems(state.scope);
  const start = after === null ? 0 : items.findIndex((i) => i.id === after) + 1;
  const ordered = [...items.slice(start), ...items.slice(0, start)];
  return ordered.find((i) => !answered(answers2, i.id) && !state.skipped.includes(i.id) && i.id !== after) ?? ordered.find((i) => !answered(answers2, i.id) && i.id !== after) ?? null;
}
function advance(state, answers2) {
  const next = nextOpen(state, answers2, state.cursor);
  if (next === null) {
    return push({ ...state, cursor: null, pending: null }, feedback("ok", "\u60A8\u8D1F\u8D23\u7684\u90E8\u5206\u5DF2\u5168\u90E8\u586B\u5199\u3002\u53EF\u4EE5\u5728\u201C\u603B\u89C8\u201D\u4E2D\u68C0\u67E5\u95EE\u9898\uFF0C\u6216\u56DE\u590D\u201C\u4FEE\u6539 \uFF0B\u680F\u76EE\u540D\u79F0\u201D\u4FEE\u6539\u7B54\u6848\u3002"));
  }
  return ask(state, answers2, next);
}
function startChat(scope, answers2) {
  const state = { scope: [...scope], cursor: null, pending: null, skipped: [], turns: [], nextTurnId: 1 };
  const first = nextOpen(state, answers2, null);
  const welcome = push(state, feedback("info", "\u60A8\u597D\uFF01\u6211\u4F1A\u6309\u7533\u62A5\u8868\u987A\u5E8F\u9010\u9879\u63D0\u95EE\u3002\u968F\u65F6\u53EF\u4EE5\u56DE\u590D\u201C\u600E\u4E48\u586B\uFF1F\u201D\u67E5\u770B\u586B\u62A5\u8BF4\u660E\uFF0C\u201C\u4E0A\u4E00\u9898\u201D\u201C\u8DF3\u8FC7\u201D\u201C\u8DF3\u5230\u7B2C\u4E09\u90E8\u5206\u201D\u6216\u201C\u4FEE\u6539 2022\u5E74\u96C6\u7FA4\u603B\u4EA7\u503C\u201D\u3002"));
  return first ? ask(welcome, answers2, first) : push(welcome, feedback("ok", "\u60A8\u8D1F\u8D23\u7684\u90E8\u5206\u5DF2\u5168\u90E8\u586B\u5199\u3002"));
}
function judge(item, answer2, answers2, now) {
  const next = { ...answers2, [item.id]: answer2 };
  const own = valueFindings(item, answer2, { config: NATIONAL_2022, now });
  const cross = ALL_RULES.filter((r) => r.inputs.includes(item.id) && r.inputs.every((i) => answered(next, i)) && !r.id.startsWith("evidence:")).flatMap(
    (r) => r.run(next, { config: NATIONAL_2022 })
  );
  return {
    errors: own.filter((f) => f.severity === "error"),
    warnings: [...own, ...cross].filter((f) => f.severity === "warning" && f.itemIds[0] === item.id && f.code !== "BELOW_BAR"),
    notices: [...own.filter((f) => f.severity === "info"), ...cross.filter((f) => f.severity === "error" || f.code === "BELOW_BAR" || f.severity === "warning" && f.itemIds[0] !== item.id)]
  };
}
var YEAR_EXAMPLES = {
  amount: "118.36 131.52 146.80",
  share: "72.50 75.10 78.30",
  rate: "12.40 11.80 13.20",
  count: "412 436 461",
  ratio: "0.42 0.39 0.36"
};
function example(item) {
  switch (item.kind) {
    case "yearRow":
      return ` \u4F8B\u5982\uFF1A${YEAR_EXAMPLES[item.numberKind]}`;
    case "number":
      return ` \u4F8B\u5982\uFF1A${YEAR_EXAMPLES[item.numberKind].split(" ")[0]}`;
    case "phone":
      return " \u4F8B\u5982\uFF1A13805361234 \u6216 0536-7581234";
    default:
      return "";
  }
}
function store(state, answers2, item, value, notes, now, explanation) {
  const normalized = normalizeValue(item, value);
  if (!normalized.ok) {
    const s10 = push(state, ...normalized.findings.map((f) => feedback("error", `${f.message}${example(item)}`, item.id)));
    return { state: ask(s10, answers2, item), writes: [] };
  }
  const answer2 = { ...answers2[item.id] ?? {}, value: normalized.value };
  if (explanation !== void 0) answer2.explanation = explanation;
  else delete answer2.explanation;
  const verdict = judge(item, answer2, answers2, now);
  if (verdict.errors.length > 0) {
    const s10 = push(state, ...verdict.errors.map((f) => feedback("error", `${f.message}${example(item)}`, item.id)));
    return { state: ask(s10, answers2, item), writes: [] };
  }
  if (verdict.warnings.length > 0 && explanation === void 0) {
    const text = verdict.warnings.map((w) => w.message).join("\n");
    const s10 = push(
      { ...state, pending: { kind: "explain", value: normalized.value, warning: text } },
      feedback("warning", `${text}
\u5982\u786E\u8BA4\u65E0\u8BEF\uFF0C\u8BF7\u7B80\u8981\u8BF4\u660E\u539F\u56E0\uFF1B\u5426\u5219\u8BF7\u76F4\u63A5\u91CD\u65B0\u586B\u5199\u3002`, item.id)
    );
    return { state: s10, writes: [] };
  }
  const lines = [
    ...notes.map((n) => feedback("info", n, item.id)),
    ...normalized.notes.map((n) => feedback("info", n.message, item.id)),
    feedback("ok", `\u5DF2\u8BB0\u5F55\uFF1A${formatAnswer(item, normalized.value)}`, item.id),
    ...verdict.notices.map((n) => feedback(n.severity === "info" ? "info" : "warning", n.formula ? `${n.message}\uFF08${n.formula}\uFF09` : n.message, item.id))
  ];
  if (item.kind === "checklist" && item.evidence === "perTick" && normalized.value.ticked.length > 0) {
    lines.push(feedback("info", `${item.note ?? ""}\uFF1A\u8BF7\u4E3A\u52FE\u9009\u7684\u6BCF\u4E00\u9879\u51C6\u5907\u76D6\u7AE0\u8BC1\u660E\u7684\u7167\u7247\u3002`, item.id));
  }
  const write = { itemId: item.id, answer: answer2 };
  const nextAnswers = { ...answers2, [item.id]: answer2 };
  const s = push({ ...state, pending: null, skipped: state.skipped.filter((id) => id !== item.id) }, ...lines);
  return { state: advance(s, nextAnswers), writes: [write] };
}
function previousItem(state) {
  const items = scopeItems(state.scope);
  const at = state.cursor === null ? items.length : items.findIndex((i) => i.id === state.cursor);
  return at > 0 ? items[at - 1] : void 0;
}
function openSection(state, answers2, section) {
  if (!state.scope.includes(section)) return push(state, feedback("error", "\u8FD9\u4E00\u90E8\u5206\u4E0D\u5728\u60A8\u8D1F\u8D23\u7684\u8303\u56F4\u5185\u3002"));
  const items = scopeItems([section]);
  const target = items.find((i) => !answered(answers2, i.id)) ?? items[0];
  return target ? ask(state, answers2, target) : push(state, feedback("info", "\u8FD9\u4E00\u90E8\u5206\u65E0\u9700\u5728\u7EBF\u586B\u5199\u3002"));
}
function editItem(state, answers2, itemId, year) {
  const item = findItem(itemId);
  if (!item || !isAnswerable(item)) return push(state, feedback("error", "\u627E\u4E0D\u5230\u8FD9\u4E00\u680F\u3002"));
  if (year !== void 0 && item.kind === "yearRow") {
    const values = { ...answers2[itemId]?.value ?? {} };
    return ask(state, answers2, item, { prompt: `\u8BF7\u586B\u5199${year}\u5E74\u7684\u6570\u503C\uFF08${item.unit}\uFF09`, pending: { kind: "yearRow", values, years: [year] } });
  }
  return ask(state, answers2, item);
}
function reply(state, answers2, message, options2) {
  const text = message.slice(0, 2e4);
  let s = push(state, { from: "user", text, ...state.cursor ? { itemId: state.cursor } : {} });
  const inIndicators = state.pending?.kind === "plan" && state.cursor === "s8.plan" && state.pending.part >= 10;
  const command = parseCommand(text);
  if (command && !(inIndicators && command.kind === "skip")) {
    switch (command.kind) {
      case "help": {
        const item2 = state.cursor ? findItem(state.cursor) : void 0;
        const lines = item2 ? helpText(item2) : FORM.instructions.map((i) => i.text);
        return { state: push(s, feedback("info", `\u586B\u62A5\u8BF4\u660E\uFF1A
${lines.join("\n")}${item2?.note ? `
${item2.note}` : ""}`, item2?.id)), writes: [] };
      }
      case "skip": {
        if (state.cursor === null) return { state: advance(s, answers2), writes: [] };
        const keep = answered(answers2, state.cursor);
        s = push({ ...s, pending: null, skipped: keep ? s.skipped : [...s.skipped, state.cursor] }, feedback("info", keep ? "\u4FDD\u6301\u539F\u7B54\u6848\u3002" : "\u5DF2\u8DF3\u8FC7\uFF0C\u7A0D\u540E\u518D\u95EE\uFF1B\u63D0\u4EA4\u524D\u4ECD\u9700\u586B\u5199\u3002"));
        return { state: advance(s, answers2), writes: [] };
      }
      case "previous": {
        const prev = previousItem(state);
        return { state: prev ? ask(s, answers2, prev) : push(s, feedback("info", "\u5DF2\u7ECF\u662F\u7B2C\u4E00\u9898\u4E86\u3002")), writes: [] };
      }
      case "jump":
        return { state: openSection(s, answers2, command.section), writes: [] };
      case "edit":
        return { state: editItem(s, answers2, command.itemId, command.year), writes: [] };
      case "editUnknown":
        return { state: push(s, feedback("error", `\u6CA1\u6709\u627E\u5230\u201C${command.text}\u201D\u8FD9\u4E00\u680F\uFF0C\u8BF7\u4F7F\u7528\u7533\u62A5\u8868\u4E0A\u7684\u680F\u76EE\u540D\u79F0\uFF0C\u4F8B\u5982\u201C\u4FEE\u6539 2022\u5E74\u96C6\u7FA4\u603B\u4EA7\u503C\u201D\u3002`)), writes: [] };
    }
  }
  if (state.cursor === null) return { state: push(s, feedback("info", "\u60A8\u8D1F\u8D23\u7684\u90E8\u5206\u5DF2\u5168\u90E8\u586B\u5199\u3002\u9700\u8981\u4FEE\u6539\u8BF7\u56DE\u590D\u201C\u4FEE\u6539 \uFF0B\u680F\u76EE\u540D\u79F0\u201D\u3002")), writes: [] };
  const item = findItem(state.cursor);
  const pending = state.pending;
  if (pending?.kind === "offer") {
    if (/^(采用|是|好|同意|确认)$/.test(text.trim())) return store({ ...s, pending: null }, answers2, item, pending.value, [], options2.now);
    s = { ...s, pending: null };
  }
  if (pending?.kind === "explain") {
    const again = interpret(item, text, null, answers2);
    if (again.kind === "value") {
      const n = normalizeValue(item, again.value);
      const isNewValue = n.ok && JSON.stringify(n.value) !== JSON.stringify(pending.value);
      if (isNewValue) return store({ ...s, pending: null }, answers2, item, again.value, again.notes, options2.now);
    }
    const explanation = text.trim().slice(0, 200);
    if (explanation === "" || /^(确认|是|对|没错)$/.test(explanation)) {
      return { state: push(s, feedback("warning", "\u8BF7\u7528\u4E00\u53E5\u8BDD\u8BF4\u660E\u539F\u56E0\uFF08\u4F1A\u968F\u7B54\u6848\u4FDD\u5B58\uFF0C\u4F9B\u5BA1\u6838\u53C2\u8003\uFF09\u3002", item.id)), writes: [] };
    }
    return store({ ...s, pending: null }, answers2, item, pending.value, [], options2.now, explanation);
  }
  const outcome = interpret(item, text, pending?.kind === "offer" ? null : pending, answers2);
  switch (outcome.kind) {
    case "refused":
      return { state: push(s, feedback("error", outcome.reason, item.id)), writes: [] };
    case "progress":
      return {
        state: push(
          { ...s, pending: outcome.pending },
          ...outcome.notes.map((n) => feedback("info", n, item.id)),
          { from: "bot", kind: "question", itemId: item.id, question: questionFor(item), prompt: outcome.prompt }
        ),
        writes: []
      };
    case "value":
      return store(s, answers2, item, outcome.value, outcome.notes, options2.now);
  }
}

// src/chat/progress.ts
var OPERATOR_SCOPE = FORM.sections.map((s) => s.id).filter((id) => id !== "s9");

// test/fixtures/completeApplication.ts
var ev = (key) => [`ev_${key}`];
var tickAll = (itemId, options2) => ({
  ticked: options2.map((n) => `${itemId}.${n}`),
  evidence: Object.fromEntries(options2.map((n) => [`${itemId}.${n}`, ev(`${itemId}.${n}`)]))
});
var row = (a, b, c) => ({ "2021": a, "2022": b, "2023": c });
function patentNumber(year, serial) {
  const digits = `${year}1${String(serial).padStart(7, "0")}`;
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = digits.split("").reduce((s, d, i) => s + Number(d) * weights[i], 0);
  const check2 = sum % 11 === 10 ? "X" : String(sum % 11);
  return `ZL${digits}.${check2}`;
}
var ENTERPRISES = ["\u6F4D\u574A\u52A8\u529B\u673A\u68B0\u6709\u9650\u516C\u53F8", "\u574A\u5B50\u7CBE\u5BC6\u94F8\u9020\u6709\u9650\u516C\u53F8", "\u6F4D\u574A\u667A\u80FD\u4F20\u52A8\u79D1\u6280\u6709\u9650\u516C\u53F8", "\u5C71\u4E1C\u574A\u987A\u7535\u63A7\u7CFB\u7EDF\u6709\u9650\u516C\u53F8", "\u6F4D\u574A\u534E\u9A70\u6DB2\u538B\u4EF6\u6709\u9650\u516C\u53F8"];
var patentList = {
  entries: Array.from({ length: 186 }, (_, i) => ({
    id: `p${i + 1}`,
    fields: {
      name: `\u4E00\u79CD\u53D1\u52A8\u673A${["\u7F38\u4F53", "\u66F2\u8F74", "\u6DA1\u8F6E\u589E\u538B\u5668", "\u7535\u63A7\u55B7\u5C04", "\u51B7\u5374"][i % 5]}\u88C5\u7F6E\u53CA\u5176\u63A7\u5236\u65B9\u6CD5\uFF08${i + 1}\uFF09`,
      type: "\u53D1\u660E\u4E13\u5229",
      number: patentNumber(2016 + i % 8, 1e5 + i * 37),
      holder: ENTERPRISES[i % ENTERPRISES.length],
      grantDate: `${2018 + i % 6}-0${1 + i % 9}-1${i % 10}`
    },
    evidence: ev(`patent${i + 1}`)
  }))
};
var STANDARDS = [
  ["2021", "\u56FD\u5BB6", "host", 1],
  ["2021", "\u56FD\u5BB6", "participate", 2],
  ["2021", "\u884C\u4E1A", "host", 2],
  ["2021", "\u884C\u4E1A", "participate", 1],
  ["2021", "\u56E2\u4F53", "host", 1],
  ["2022", "\u56FD\u5BB6", "participate", 1],
  ["2022", "\u884C\u4E1A", "host", 1],
  ["2022", "\u56E2\u4F53", "host", 2],
  ["2022", "\u56E2\u4F53", "participate", 1],
  ["2023", "\u56FD\u9645", "participate", 1],
  ["2023", "\u56FD\u5BB6", "host", 1],
  ["2023", "\u884C\u4E1A", "host", 1],
  ["2023", "\u884C\u4E1A", "participate", 2],
  ["2023", "\u56E2\u4F53", "host", 1]
];
var CODE_PREFIX = { \u56FD\u9645: "ISO ", \u56FD\u5BB6: "GB/T ", \u884C\u4E1A: "JB/T ", \u56E2\u4F53: "T/SDNJ " };
var standardsMatrix = {};
for (const y of ["2021", "2022", "2023"]) {
  standardsMatrix[y] = {};
  for (const c of ["\u56FD\u9645", "\u56FD\u5BB6", "\u884C\u4E1A", "\u56E2\u4F53"]) standardsMatrix[y][c] = { host: "0", participate: "0" };
}
var standardNo = 0;
var standardsList = { entries: [] };
for (const [y, c, role, n] of STANDARDS) {
  standardsMatrix[y][c][role] = String(n);
  for (let i = 0; i < n; i++) {
    standardNo++;
    standardsList.entries.push({
      id: `std${standardNo}`,
      fields: {
        name: `\u5185\u71C3\u673A${["\u96F6\u90E8\u4EF6\u901A\u7528\u6280\u672F\u6761\u4EF6", "\u6392\u653E\u6D4B\u8BD5\u65B9\u6CD5", "\u53EF\u9760\u6027\u8BD5\u9A8C\u89C4\u8303", "\u667A\u80FD\u63A7\u5236\u7CFB\u7EDF\u8981\u6C42"][standardNo % 4]}`,
        code: `${CODE_PREFIX[c]}${21e3 + standardNo * 7}\u2014${y}`,
        category: c,
        role: role === "host" ? "\u4E3B\u6301" : "\u53C2\u4E0E",
        year: y,
        enterprise: ENTERPRISES[standardNo % ENTERPRISES.length]
      }
    });
  }
}
var GREEN = [
  ["\u7EFF\u8272\u5DE5\u5382", "\u56FD\u5BB6\u7EA7", 2],
  ["\u7EFF\u8272\u5DE5\u5382", "\u7701\u7EA7", 4],
  ["\u7EFF\u8272\u4F9B\u5E94\u94FE\u7BA1\u7406\u4F01\u4E1A", "\u7701\u7EA7", 2],
  ["\u7EFF\u8272\u8BBE\u8BA1\u4EA7\u54C1", "\u56FD\u5BB6\u7EA7", 9]
];
var greenList = {
  entries: GREEN.flatMap(
    ([category, level, n], g) => Array.from({ length: n }, (_, i) => ({
      id: `g${g}_${i}`,
      fields: { category, name: `${ENTERPRISES[i % ENTERPRISES.length]}${category === "\u7EFF\u8272\u8BBE\u8BA1\u4EA7\u54C1" ? `\u67F4\u6CB9\u53D1\u52A8\u673A\u578B\u53F7FZ-${i + 1}` : ""}`, level, year: String(2019 + (i + g) % 5) },
      evidence: ev(`green${g}_${i}`)
    }))
  )
};
var platform = (names, key) => ({ count: String(names.length), entries: names.map((name, i) => ({ name, evidence: ev(`${key}${i}`) })) });
var narrative = (topic) => `\u96C6\u7FA4\u56F4\u7ED5${topic}\u6301\u7EED\u53D1\u529B\uFF0C\u8FD1\u4E09\u5E74\u7D2F\u8BA1\u5B9E\u65BD\u91CD\u70B9\u9879\u76EE\u4E8C\u5341\u4F59\u4E2A\uFF0C\u5E26\u52A8\u4E0A\u4E0B\u6E38\u914D\u5957\u4F01\u4E1A\u534F\u540C\u53D1\u5C55\uFF0C\u5F62\u6210\u4E86\u4EE5\u9F99\u5934\u4F01\u4E1A\u4E3A\u5F15\u9886\u3001\u4E13\u7CBE\u7279\u65B0\u4F01\u4E1A\u4E3A\u652F\u6491\u7684\u53D1\u5C55\u683C\u5C40\uFF0C\u76F8\u5173\u5DE5\u4F5C\u6210\u6548\u660E\u663E\u3002`;
var PLAN_TEXT = (topic) => `${topic}\uFF1A\u96C6\u7FA4\u4EE5\u52A8\u529B\u88C5\u5907\u4E3A\u4E3B\u5BFC\u4EA7\u4E1A\uFF0C\u575A\u6301\u521B\u65B0\u9A71\u52A8\u3001\u6570\u5B57\u8D4B\u80FD\u3001\u7EFF\u8272\u4F4E\u78B3\u53D1\u5C55\uFF0C\u805A\u7126\u6574\u673A\u3001\u5173\u952E\u96F6\u90E8\u4EF6\u548C\u7535\u63A7\u7CFB\u7EDF\u4E09\u5927\u65B9\u5411\uFF0C\u5B8C\u5584\u4EA7\u4E1A\u94FE\u4F9B\u5E94\u94FE\uFF0C\u57F9\u80B2\u4F18\u8D28\u4E2D\u5C0F\u4F01\u4E1A\u68AF\u961F\uFF0C\u63D0\u5347\u96C6\u7FA4\u54C1\u724C\u5F71\u54CD\u529B\u548C\u6CBB\u7406\u670D\u52A1\u6C34\u5E73\uFF0C\u63A8\u52A8\u96C6\u7FA4\u5411\u9AD8\u7AEF\u5316\u3001\u667A\u80FD\u5316\u3001\u7EFF\u8272\u5316\u8FC8\u8FDB\u3002`;
var answers = {
  "cover.region": { value: { city: "\u6F4D\u574A\u5E02", county: "\u574A\u5B50\u533A" } },
  "cover.declareDate": { value: "2024-03-15" },
  "cover.contactName": { value: "\u738B\u5EFA\u56FD" },
  "cover.contactPhone": { value: "0536-7581234" },
  "s1.clusterName": { value: "\u6F4D\u574A\u5E02\u574A\u5B50\u533A\u52A8\u529B\u88C5\u5907\u7279\u8272\u4EA7\u4E1A\u96C6\u7FA4" },
  "s1.authority": { value: "\u6F4D\u574A\u5E02\u574A\u5B50\u533A\u5DE5\u4E1A\u548C\u4FE1\u606F\u5316\u5C40" },
  "s1.authorityContact": { value: "\u674E\u660E" },
  "s1.authorityPhone": { value: "0536-7582345" },
  "s1.operator": { value: "\u6F4D\u574A\u5E02\u574A\u5B50\u533A\u52A8\u529B\u88C5\u5907\u4EA7\u4E1A\u56ED\u7BA1\u7406\u59D4\u5458\u4F1A" },
  "s1.operatorContact": { value: "\u5F20\u4E3D" },
  "s1.operatorPhone": { value: "13805361234" },
  "s1.area": { value: "23.60" },
  "s1.industryType": { value: "s1.industryType.2" },
  "s1.prohibitedIndustry": { value: "s1.prohibitedIndustry.2" },
  "s1.incidents": { value: "s1.incidents.2" },
  "s1.misconduct": { value: "s1.misconduct.2" },
  "s1.energyBenchmark": { value: "s1.energyBenchmark.1" },
  "s1.waterBenchmark": { value: "s1.waterBenchmark.3" },
  "s2.totalOutput": { value: row("118.36", "131.52", "146.80") },
  "s2.smeOutputShare": { value: row("82.30", "83.10", "84.60") },
  "s2.leadingShare": { value: row("78.50", "79.20", "80.10") },
  "s2.leadingGrowth": { value: row("12.40", "12.11", "12.89") },
  "s2.leadingCagr": { value: "12.46" },
  "s2.enterprises": { value: row("412", "436", "461") },
  "s2.smes": { value: row("398", "421", "445") },
  "s2.provincialSrdi": { value: row("18", "24", "31") },
  "s2.littleGiants": { value: row("2", "3", "4") },
  "s2.singleChampions": { value: row("0", "1", "1") },
  "s2.highTech": { value: row("36", "42", "51") },
  "s2.innovativeSmes": { value: row("27", "35", "44") },
  "s2.fdiGrowth": { value: row("8.20", "9.60", "11.30") },
  "s2.exportGrowth": { value: row("10.50", "12.80", "15.20") },
  "s2.chainNarrative": { value: narrative("\u4EA7\u4E1A\u94FE\u5F3A\u94FE\u8865\u94FE") },
  "s2.chainWork": { value: tickAll("s2.chainWork", [1, 2, 3, 4, 6]) },
  "s2.resourceNarrative": { value: narrative("\u4EA7\u4E1A\u94FE\u8D44\u6E90\u534F\u540C") },
  "s2.resourceWork": { value: tickAll("s2.resourceWork", [1, 2, 4]) },
  "s2.qualityNarrative": { value: narrative("\u8D28\u91CF\u54C1\u724C\u5EFA\u8BBE") },
  "s2.qualityWork": { value: tickAll("s2.qualityWork", [1, 2, 3]) },
  "s3.rdIntensity": { value: row("3.20", "3.45", "3.78") },
  "s3.rdGrowth": { value: row("9.80", "11.20", "12.60") },
  "s3.standards": { value: standardsMatrix },
  "s3.standardsList": { value: standardsList },
  "s3.platforms": {
    value: {
      national: platform(["\u56FD\u5BB6\u5185\u71C3\u673A\u96F6\u90E8\u4EF6\u8D28\u91CF\u68C0\u9A8C\u68C0\u6D4B\u4E2D\u5FC3\uFF08\u6F4D\u574A\uFF09"], "pn"),
      provincial: platform(["\u5C71\u4E1C\u7701\u52A8\u529B\u88C5\u5907\u5236\u9020\u4E1A\u521B\u65B0\u4E2D\u5FC3", "\u5C71\u4E1C\u7701\u5185\u71C3\u673A\u7535\u63A7\u5DE5\u7A0B\u6280\u672F\u7814\u7A76\u4E2D\u5FC3", "\u5C71\u4E1C\u7701\u7CBE\u5BC6\u94F8\u9020\u91CD\u70B9\u5B9E\u9A8C\u5BA4"], "pp"),
      other: platform(["\u6F4D\u574A\u5E02\u52A8\u529B\u88C5\u5907\u4EA7\u4E1A\u516C\u5171\u6280\u672F\u670D\u52A1\u5E73\u53F0", "\u574A\u5B50\u533A\u4E2D\u5C0F\u4F01\u4E1A\u6570\u5B57\u5316\u8F6C\u578B\u4FC3\u8FDB\u4E2D\u5FC3"], "po")
    }
  },
  "s3.smeEmployees": { value: "38650" },
  "s3.rdStaffShare": { value: "12.40" },
  "s3.pctApplications": { value: "23" },
  "s3.patentGrowth": { value: "14.30" },
  "s3.patentsPer10k": { value: "48.12" },
  "s3.inventionPatents": { value: "186" },
  "s3.patentList": { value: patentList },
  "s4.cloudRate": { value: "68.50" },
  "s4.iiotRate": { value: "42.30" },
  "s4.softwareRising": { value: "s4.softwareRising.1" },
  "s4.softwarePurchases": { value: row("1860.50", "2235.80", "2710.40") },
  "s4.digitalNarrative": { value: narrative("\u6570\u5B57\u5316\u670D\u52A1") },
  "s4.digitalWork": { value: tickAll("s4.digitalWork", [1, 2, 3, 4]) },
  "s4.newModeNarrative": { value: narrative("\u667A\u80FD\u5236\u9020\u548C\u5DE5\u4E1A\u4E92\u8054\u7F51\u8BD5\u70B9\u793A\u8303") },
  "s4.newModeWork": { value: tickAll("s4.newModeWork", [2, 3]) },
  "s5.carbonMonitoring": { value: "s5.carbonMonitoring.1", evidence: ev("carbon") },
  "s5.co2Intensity": { value: row("0.42", "0.39", "0.36") },
  "s5.co2Formula": { value: "\u5355\u4F4D\u4EA7\u503C\u4E8C\u6C27\u5316\u78B3\u6392\u653E\u91CF = \uFF08\u5316\u77F3\u80FD\u6E90\u6D88\u8D39\u6392\u653E\u91CF + \u5916\u8D2D\u7535\u529B\u6D88\u8D39\u91CF \xD7 \u5168\u56FD\u7535\u7F51\u5E73\u5747\u6392\u653E\u56E0\u5B50\uFF09\xF7 \u96C6\u7FA4\u603B\u4EA7\u503C\uFF08\u4E07\u5143\uFF09" },
  "s5.energyReduction": { value: "-4.60" },
  "s5.solidWasteRate": { value: "86.40" },
  "s5.solidWasteAboveAverage": { value: "s5.solidWasteAboveAverage.1" },
  "s5.waterReuseRate": { value: "91.20" },
  "s5.waterAboveAverage": { value: "s5.waterAboveAverage.1" },
  "s5.greenNarrative": { value: narrative("\u7EFF\u8272\u4F4E\u78B3\u8F6C\u578B") },
  "s5.greenWork": { value: tickAll("s5.greenWork", [1, 2, 4, 5]) },
  "s5.greenSystem": { value: { factories: "6", parks: "0", supplyChains: "2", products: "9" } },
  "s5.greenList": { value: greenList },
  "s6.intlNarrative": { value: narrative("\u56FD\u9645\u5408\u4F5C\u4EA4\u6D41") },
  "s6.intlWork": { value: tickAll("s6.intlWork", [1, 3, 4]) },
  "s6.overseasBranches": { value: "3" },
  "s6.branchList": {
    value: {
      entries: [
        { id: "b1", fields: { enterprise: ENTERPRISES[0], name: "\u6F4D\u574A\u52A8\u529B\uFF08\u6CF0\u56FD\uFF09\u6709\u9650\u516C\u53F8", country: "\u6CF0\u56FD", year: "2019" }, evidence: ev("b1") },
        { id: "b2", fields: { enterprise: ENTERPRISES[2], name: "\u667A\u80FD\u4F20\u52A8\u5FB7\u56FD\u7814\u53D1\u4E2D\u5FC3", country: "\u5FB7\u56FD", year: "2021" }, evidence: ev("b2") },
        { id: "b3", fields: { enterprise: ENTERPRISES[4], name: "\u534E\u9A70\u6DB2\u538B\u8D8A\u5357\u9500\u552E\u516C\u53F8", country: "\u8D8A\u5357", year: "2023" }, evidence: ev("b3") }
      ]
    }
  },
  "s7.environmentNarrative": { value: narrative("\u53D1\u5C55\u73AF\u5883\u6CBB\u7406") },
  "s7.environmentWork": { value: tickAll("s7.environmentWork", [1, 2, 3, 5, 6]) },
  "s7.servicePlatforms": { value: tickAll("s7.servicePlatforms", [2, 3]) },
  "s7.services": { value: tickAll("s7.services", [1, 2, 3, 4, 6]) },
  "s8.plan": {
    value: {
      parts: {
        intro: PLAN_TEXT("\u4E00\u3001\u96C6\u7FA4\u57FA\u672C\u60C5\u51B5\u7B80\u4ECB"),
        achievements: PLAN_TEXT("\u4E8C\u3001\u53D1\u5C55\u6210\u6548"),
        problems: "\u9AD8\u7AEF\u4EBA\u624D\u5F15\u8FDB\u96BE\u3001\u90E8\u5206\u5173\u952E\u96F6\u90E8\u4EF6\u4ECD\u4F9D\u8D56\u5916\u90E8\u914D\u5957\u3001\u6570\u5B57\u5316\u6539\u9020\u6295\u5165\u4E0D\u8DB3\u3002",
        approach: PLAN_TEXT("\u603B\u4F53\u601D\u8DEF"),
        overallGoals: "\u52302026\u5E74\uFF0C\u96C6\u7FA4\u603B\u4EA7\u503C\u7A81\u7834200\u4EBF\u5143\uFF0C\u4E3B\u5BFC\u4EA7\u4E1A\u4EA7\u503C\u5E74\u5747\u589E\u901F\u4FDD\u6301\u572812%\u4EE5\u4E0A\u3002",
        stage2024: "\u5B8C\u6210\u4EA7\u4E1A\u94FE\u56FE\u8C31\u66F4\u65B0\uFF0C\u65B0\u589E\u7701\u7EA7\u4E13\u7CBE\u7279\u65B0\u4F01\u4E1A6\u5BB6\u3002",
        stage2025: "\u5EFA\u6210\u96C6\u7FA4\u7EA7\u5DE5\u4E1A\u4E92\u8054\u7F51\u5E73\u53F0\uFF0C\u89C4\u4E0A\u4F01\u4E1A\u4E0A\u4E91\u7387\u8FBE\u523080%\u3002",
        stage2026: "\u96C6\u7FA4\u603B\u4EA7\u503C\u7A81\u7834200\u4EBF\u5143\uFF0C\u521B\u5EFA\u56FD\u5BB6\u7EA7\u4E2D\u5C0F\u4F01\u4E1A\u7279\u8272\u4EA7\u4E1A\u96C6\u7FA4\u3002",
        tasks: PLAN_TEXT("\u91CD\u70B9\u4EFB\u52A1"),
        measures: PLAN_TEXT("\u4FDD\u969C\u63AA\u65BD")
      },
      indicators: [
        { direction: "\u4E3B\u5BFC\u4EA7\u4E1A", indicator: "\u96C6\u7FA4\u4EA7\u503C\u5E74\u5747\u589E\u901F", baseline: "12.46%", target: "12.50%" },
        { direction: "\u4E3B\u5BFC\u4EA7\u4E1A", indicator: "\u4F18\u8D28\u4E2D\u5C0F\u4F01\u4E1A\u6570\u91CF", baseline: "131\u5BB6", target: "180\u5BB6" },
        { direction: "\u521B\u65B0", indicator: "\u7814\u53D1\u7ECF\u8D39\u6295\u5165", baseline: "18.20\u4EBF\u5143", target: "25.00\u4EBF\u5143" },
        { direction: "\u521B\u65B0", indicator: "\u6709\u6548\u53D1\u660E\u4E13\u5229\u6570\u91CF", baseline: "186\u4E2A", target: "300\u4E2A" },
        { direction: "\u6570\u5B57\u5316", indicator: "\u5DE5\u4E1A\u4E92\u8054\u7F51\u666E\u53CA\u7387", baseline: "42.30%", target: "60.00%" },
        { direction: "\u7EFF\u8272\u5316", indicator: "\u4E8C\u6C27\u5316\u78B3\u6392\u653E\u91CF", baseline: "0.36\u5428/\u4E07\u5143", target: "0.30\u5428/\u4E07\u5143" },
        { direction: "\u7EFF\u8272\u5316", indicator: "\u5355\u4F4D\u5DE5\u4E1A\u4EA7\u503C\u80FD\u8017", baseline: "0.21\u5428\u6807\u7164/\u4E07\u5143", target: "0.18\u5428\u6807\u7164/\u4E07\u5143" },
        { direction: "\u5F00\u653E\u5408\u4F5C", indicator: "\u5B9A\u6027\u63CF\u8FF0", baseline: "\u5883\u5916\u5206\u652F\u673A\u67843\u4E2A", target: "\u4E0E2\u4E2A\u5883\u5916\u56ED\u533A\u5EFA\u7ACB\u7A33\u5B9A\u5408\u4F5C" },
        { direction: "\u6CBB\u7406\u548C\u670D\u52A1", indicator: "\u5B9A\u6027\u63CF\u8FF0", baseline: "\u7701\u7EA7\u516C\u5171\u670D\u52A1\u793A\u8303\u5E73\u53F01\u4E2A", target: "\u56FD\u5BB6\u7EA7\u516C\u5171\u670D\u52A1\u793A\u8303\u5E73\u53F01\u4E2A" }
      ]
    }
  }
};
var COMPLETE_APPLICATION = answers;

// test/bench/chat.bench.ts
var NOW = /* @__PURE__ */ new Date("2024-04-01T02:00:00Z");
function makeHistory(turns) {
  const answers2 = { ...COMPLETE_APPLICATION };
  delete answers2["s8.plan"];
  let chat = startChat(OPERATOR_SCOPE, answers2);
  let i = 0;
  while (chat.turns.length < turns) {
    for (const text of ["\u4FEE\u6539 2022\u5E74\u96C6\u7FA4\u603B\u4EA7\u503C", String(130 + i++ % 5)]) {
      const step = reply(chat, answers2, text, { now: NOW });
      for (const w of step.writes) answers2[w.itemId] = w.answer;
      chat = step.state;
    }
  }
  return { answers: answers2, chat };
}

// tmp/dbg.ts
(async () => {
  const cloud = await startCloud(void 0, "/work/main/dist/h5");
  const browser = await launchChromium("/work/main/dist/h5");
  const page = await (await phoneContext(browser)).newPage();
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") console.log("console:", m.text().slice(0, 300));
  });
  page.on("pageerror", (e) => console.log("pageerror", e.message));
  const { answers: answers2, chat } = makeHistory(600);
  console.log("turns", chat.turns.length, JSON.stringify(chat).length);
  await page.goto(`${cloud.url}/`);
  await page.fill(".login__input input", "\u6027\u80FD\u6D4B\u8BD5");
  await page.click(".login__button");
  await page.waitForSelector(".home__user");
  await page.evaluate(([a, c]) => {
    localStorage.setItem("cluster-declare.answers.v1", JSON.stringify({ data: a }));
    localStorage.setItem("cluster-declare.chat.v1", JSON.stringify({ data: c }));
  }, [JSON.stringify(answers2), JSON.stringify(chat)]);
  await page.goto(`${cloud.url}/#/pages/chat/index?item=s2.totalOutput&year=2022`);
  await page.waitForTimeout(3e3);
  await page.screenshot({ path: "/tmp/dbg.png" });
  console.log(await page.locator(".turn").count(), await page.locator("input").count(), await page.locator("textarea").count());
  await browser.close();
  await cloud.close();
})();
