namespace Workflows.Desk.Knowledge;

/// <summary>Starter articles on the account itself: cards, identity, passwords, codes, the phone number, statements, closing.</summary>
internal static class AccountSeeds
{
    public static readonly KnowledgeSeed[] All =
    [
        new("bind-bank-card", "cards", ["bank-card", "binding"],
            "添加银行卡失败怎么办", "添加银行卡时，开户姓名、身份证号和银行预留手机号须与银行登记的一致；信用卡还需填写有效期和安全码。",
            "Adding a bank card", "When you add a card, the cardholder name, ID number and the mobile number your bank has on file must match; credit cards also need the expiry date and CVV.",
            "在“我的-银行卡-添加银行卡”中输入卡号，按提示填写信息并输入短信验证码即可绑卡。绑卡不成功的常见原因：预留手机号与银行登记的不一致、卡已过期、该卡未开通快捷支付、一个账户已绑满10张卡。解绑：打开银行卡详情，点击“解除绑定”。",
            "Go to Me > Bank cards > Add card, enter the card number and the code we text you. Linking fails most often because the phone number differs from the one your bank has, the card has expired, the card is not enabled for quick payments, or you already have 10 cards. To remove a card, open it and tap Unlink."),
        new("real-name-verification", "account", ["identity", "real-name"],
            "实名认证指南", "根据监管要求，转账、提现前需完成实名认证：上传身份证正反面照片并完成人脸识别。",
            "Verifying your identity (real-name verification)", "Regulations require identity verification before transfers and withdrawals: upload both sides of your ID card and complete face recognition.",
            "在“我的-设置-实名认证”中操作。认证不通过的常见原因：照片模糊或反光、身份证过期、人脸识别时光线太暗。审核一般几分钟完成，最长1个工作日。外籍人士可使用护照认证。未认证账户的余额支付额度较低。",
            "Go to Me > Settings > Identity verification. It fails most often because the photo is blurred or has glare, the ID card has expired, or the light was too dim for face recognition. Review takes minutes, at most 1 business day. Foreign nationals can verify with a passport. Unverified accounts have lower balance limits."),
        new("reset-payment-password", "account", ["password"],
            "忘记支付密码怎么办", "在“我的-设置-支付密码-忘记密码”中，通过短信验证码和身份验证即可重置支付密码。",
            "Forgot your payment password (PIN)", "Reset it under Me > Settings > Payment password > Forgot password, with a text message code and an identity check.",
            "重置时需输入绑定手机号收到的短信验证码，并填写已绑定银行卡的卡号或完成人脸识别。连续输错密码5次，支付功能暂停3小时后自动恢复，重置密码后立即恢复。登录密码与支付密码不同：登录密码请在登录页点击“忘记密码”找回。",
            "You need the code sent to your registered phone, and either the number of a linked card or face recognition. After 5 wrong tries in a row, payments pause for 3 hours and resume by themselves, or at once after a reset. The sign-in password is separate: recover it with Forgot password on the sign-in screen."),
        new("verification-code-not-received", "account", ["sms", "verification-code"],
            "收不到短信验证码", "请确认手机号正确、信号良好，并检查短信是否被拦截；60秒后可重新获取。",
            "Not getting the verification code", "Check the phone number and your signal, and whether a filter caught the text; you can ask for a new code after 60 seconds.",
            "常见原因：手机欠费停机、短信被安全软件拦截到垃圾箱、当天获取次数过多（每天最多10次）、运营商网络延迟。可改用语音验证码。如已换了手机号，请先更换绑定手机号。",
            "Common causes: your phone plan has lapsed, a security app moved the text to spam, too many requests in one day (at most 10), or the carrier is slow. Try the voice code instead. If you changed your number, update your phone number first."),
        new("change-phone-number", "account", ["phone"],
            "更换绑定手机号", "在“我的-设置-账号与安全-手机号”中更换；原号码能收短信时直接验证，原号码已停用时需人脸识别。",
            "Changing your phone number", "Change it under Me > Settings > Account & security > Phone. If the old number still gets texts, confirm with a code; if not, verify with face recognition.",
            "更换后，新手机号用于登录、接收验证码和交易提醒。原手机号已不用的，选择“原手机号已停用”，通过身份证和人脸识别验证，审核需1个工作日。",
            "The new number is then used to sign in and receives codes and payment alerts. If you no longer have the old number, choose \"I no longer use this number\" and verify with your ID and face recognition; review takes 1 business day."),
        new("transaction-history", "account", ["statement", "bill"],
            "查询交易记录和导出账单", "在“我的-账单”中可按月份和类型查看每一笔收支，也可导出交易流水。",
            "Finding your transactions and statements", "Me > Transactions lists every payment in and out by month and type; you can also export a statement.",
            "交易流水可导出为PDF发送到邮箱，用于报销、贷款或签证证明。账单可查询近5年的记录。",
            "Statements export as a PDF to your email, for expenses, a loan or a visa application. Records go back 5 years."),
        new("close-account", "account", ["close-account"],
            "注销账户", "注销前请提现全部余额、还清借款、解绑银行卡并完成所有交易；然后在“设置-账号与安全-注销账户”中申请。",
            "Closing your account", "Before closing, withdraw your whole balance, repay any loans, unlink your cards and finish open transactions; then apply under Settings > Account & security > Close account.",
            "注销后账户无法恢复，交易记录按法规保存。有未完成订单、余额不为零或存在纠纷时无法注销。",
            "A closed account cannot be restored; records are kept as the law requires. You cannot close it while an order is open, your balance is not zero or a dispute is ongoing."),
    ];
}
