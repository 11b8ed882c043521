import { mapCloudError } from './wxErrors'

describe('mapCloudError', () => {
  it.each([
    [{ errCode: -404011, errMsg: 'cloud.callFunction:fail requestID x, cloud function service error code -504003, error message Invoking task timed out after 3 seconds' }, 'TIMEOUT'],
    [{ errCode: -404011, errMsg: 'cloud.callFunction:fail cloud function service error code -501005, error message Environment not found' }, 'INTERNAL'],
    [{ errCode: -404011, errMsg: 'cloud.callFunction:fail cloud function service error code -504002, error message FunctionName parameter could not be found' }, 'UNKNOWN_FUNCTION'],
    [{ errCode: -404011, errMsg: 'cloud.callFunction:fail cloud function service error code -504002, error message TypeError: x is undefined' }, 'INTERNAL'],
    [{ errCode: -501003, errMsg: 'cloud.callFunction:fail 请求次数超出环境配额' }, 'QUOTA'],
    [{ errCode: -604101, errMsg: 'cloud.callFunction:fail no permission' }, 'FORBIDDEN'],
    [{ errCode: -501002, errMsg: 'cloud.callFunction:fail 云端响应超时' }, 'NETWORK'],
    [{ errMsg: 'cloud.callFunction:fail request:fail' }, 'NETWORK'],
    [new Error('network error'), 'NETWORK'],
    [undefined, 'INTERNAL']
  ])('maps %p to %s', (err, code) => {
    expect(mapCloudError(err)).toBe(code)
  })
})
