/** The sign-in page's texts beyond the password form's (in messages.ts): company sign-in and the first administrator. */
export const signInMessages = {
  en: {
    'signIn.or': 'or',
    'signIn.with': 'Sign in with {name}',
    'signIn.ssoRefused': 'Company sign-in was refused: {reason}.',
    'signIn.ssoReason.deactivated': 'this account has been deactivated; ask an administrator',
    'signIn.ssoReason.noSuchUser': 'there is no user here for this account yet; ask an administrator',
    'signIn.ssoReason.noUserName': 'the company account did not say who you are',
    'setup.title': 'Create the first administrator',
    'setup.explain': 'This server has no administrator yet: enter the one-time setup token that the server printed in its log when it started.',
    'setup.token': 'Setup token',
    'setup.submit': 'Create administrator and sign in',
  },
  zh: {
    'signIn.or': '或',
    'signIn.with': '使用{name}登录',
    'signIn.ssoRefused': '企业账号登录被拒绝：{reason}。',
    'signIn.ssoReason.deactivated': '该账号已被停用，请联系管理员',
    'signIn.ssoReason.noSuchUser': '系统中还没有与该账号对应的用户，请联系管理员',
    'signIn.ssoReason.noUserName': '企业账号未提供您的身份信息',
    'setup.title': '创建首个管理员',
    'setup.explain': '本系统还没有管理员：请输入服务器启动时打印在日志中的一次性设置令牌。',
    'setup.token': '设置令牌',
    'setup.submit': '创建管理员并登录',
  },
} as const;
