/** ERROR texts of the face comparison / network identity service (RESULT=1). */
export const FACE_ERRORS = {
  badIdNumber: '身份证号码格式不正确',
  unknownPerson: '未查询到该公民的人像信息',
  badPhoto: '人像照片数据格式不正确',
  badLivenessData: '活体检测数据格式不正确',
  noNetworkIdentity: '该公民未开通网络身份认证',
} as const;
