/** Reminders: what a member still has to do, when they are reminded, and the message within WeChat's limits. Pure. */
export { REMINDER_CONFIG, TEMPLATE_NAMES, type ReminderConfig, type TemplateFields, type TemplateName } from './config'
export { chineseNumber, daysLeftPhrase, deadlineTime, graphemes, isPhrase, isTime, thing } from './fields'
export { firstMissing, memberTodo, shortTitle, todoScope, type MemberTodo, type TodoInput, type TodoItem, type TodoKind, type TodoMember } from './todo'
export { dueDeadlines, isReminderDay, reminderDay } from './schedule'
export { MESSAGES_PAGE, memberMessage, messagePage, ownerSummary, todoSentence, todoThing, type Behind, type ReminderApp, type ReminderKind, type ReminderMessage } from './compose'
export { planReminders, type PlanInput, type PlanMember, type PlannedReminder } from './plan'
export { leftSection } from './moments'
