<#import "template.ftl" as layout>
<#import "fields.ftl" as fields>
<#-- "Passwort vergessen?": asks for the login name or email address and sends a link. -->
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username'); section>
    <#if section = "header">
        ${msg("emailForgotTitle")}
    <#elseif section = "form">
        <p class="kern-body" id="kc-reset-instruction"><#if realm.duplicateEmailsAllowed>${msg("emailInstructionUsername")}<#else>${msg("emailInstruction")}</#if></p>
        <form id="kc-reset-password-form" class="login-form" action="${url.loginAction}" method="post" novalidate>
            <@fields.field name="username" autofocus=true autocomplete="username" value=(auth.attemptedUsername!'')
                label=(!realm.loginWithEmailAllowed)?then(msg("username"), (!realm.registrationEmailAsUsername)?then(msg("usernameOrEmail"), msg("email"))) />
            <@fields.submit label=msg("doSubmit") />
        </form>
        <p class="kern-body"><a class="kern-link" id="back-to-login" href="${url.loginUrl}">${msg("backToLogin")}</a></p>
    </#if>
</@layout.registrationLayout>
