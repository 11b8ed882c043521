export const MESSAGES_EMPTY = '暂无消息。截止前 7、3、1 天和当天，您负责的内容如未完成，会在这里提醒您。'
export const MESSAGES_LOADING = '正在读取消息…'
