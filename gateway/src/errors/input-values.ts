/**
 * graphql-js puts the submitted value into its coercion messages (`Variable "$i" got invalid value 123456 at
 * "i.smsCode"; String cannot represent a non string value: 123456`): a code, a phone, an ID number typed into the
 * wrong field would come back in the answer, and in every log that keeps answers. These rewrite the messages to
 * name the variable, the field path and the expected type, never the value.
 */
type Rewrite = (match: RegExpExecArray) => string;

const PATH = String.raw`[A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[\d+\])*`;
const TYPE = String.raw`[A-Za-z_][\w!\[\] ]*`;

const REWRITES: Array<[RegExp, Rewrite]> = [
  // Variable coercion (values.ts coerceVariableValues); the path is that of graphql's printPathArray.
  [new RegExp(String.raw`^Variable "\$(\w+)" got invalid value [\s\S]*? at "(${PATH})"; [\s\S]*$`), (m) => `变量 $${m[1]} 的值无效（位置 ${m[2]}）`],
  [/^Variable "\$(\w+)" got invalid value [\s\S]*$/, (m) => `变量 $${m[1]} 的值无效`],
  // Literal values in the document (ValuesOfCorrectTypeRule).
  [new RegExp(String.raw`^Expected value of type "(${TYPE})", found [\s\S]*$`), (m) => `参数值无效，应为 ${m[1]} 类型`],
  [/^Enum "(\w+)" cannot represent non-enum value: [\s\S]*$/, (m) => `参数值无效，应为枚举 ${m[1]} 的值`],
  // A scalar's own message when it reaches the client alone (parseValue / parseLiteral of String, Int, ID…).
  [/^(\w+) cannot represent [\s\S]*$/, (m) => `参数值无效，应为 ${m[1]} 类型`],
  [/^Value "[\s\S]*" does not exist in "(\w+)" enum\.[\s\S]*$/, (m) => `参数值无效，应为枚举 ${m[1]} 的值`],
];

/** The message without any submitted value (unchanged when it is not a coercion message). */
export function withoutInputValues(message: string): string {
  for (const [pattern, rewrite] of REWRITES) {
    const match = pattern.exec(message);
    if (match) return rewrite(match);
  }
  return message;
}
