/**
 * The shipped support flow's task names, keyed by element id ("node.{id}"): the diagram names them in English, and a
 * Chinese desk reads these. A designer's own flow shows the names its diagram gives.
 */
export const flowMessages = {
  en: {
    'node.understand': 'Understand the request',
    'node.understand_l2': 'Understand the request (L2)',
    'node.manual_verify': 'Check identity by hand',
    'node.resolve_l1': 'Resolve (L1)',
    'node.resolve_l2': 'Resolve (L2)',
    'node.risk_review': 'Risk review',
    'node.assist': 'Assist the customer',
    'node.callback_low_score': 'Call back an unhappy customer',
    'node.callback_scheduled': 'Scheduled callback',
  },
  zh: {
    'node.understand': '了解客户诉求',
    'node.understand_l2': '了解客户诉求（二线）',
    'node.manual_verify': '人工核验身份',
    'node.resolve_l1': '处理问题（一线）',
    'node.resolve_l2': '处理问题（二线）',
    'node.risk_review': '风险审核',
    'node.assist': '协助客户操作',
    'node.callback_low_score': '回访不满意客户',
    'node.callback_scheduled': '计划回访',
  },
} as const;
