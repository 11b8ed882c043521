/** An application without a cluster name yet: short where it is a label; home's banner says where to fill it in. */
export const UNNAMED = '未命名申报'
export const UNNAMED_HINT = '请在“一、基本情况”中填写集群名称。'
