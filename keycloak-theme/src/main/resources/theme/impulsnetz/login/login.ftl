<#import "template.ftl" as layout>
<#import "fields.ftl" as fields>
<#-- Login name and password on one page; in the identity-first flow the second step, the
     password alone (usernameHidden). -->
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username','password'); section>
    <#if section = "header">
        <#if usernameHidden??>${msg("impulsnetzPasswordTitle")}<#else>${msg("loginAccountTitle")}</#if>
    <#elseif section = "form">
        <#if realm.password>
        <form id="kc-form-login" class="login-form" action="${url.loginAction}" method="post" novalidate>
            <#if !usernameHidden??>
            <@fields.field name="username" autofocus=true autocomplete="username" value=(login.username!'')
                label=(!realm.loginWithEmailAllowed)?then(msg("username"), (!realm.registrationEmailAsUsername)?then(msg("usernameOrEmail"), msg("email"))) />
            </#if>
            <@fields.field name="password" type="password" autofocus=usernameHidden?? autocomplete="current-password" label=msg("password") />
            <@fields.submit label=msg("doLogIn") />
        </form>
        <#if realm.resetPasswordAllowed>
        <p class="kern-body"><a class="kern-link" id="forgot-password" href="${url.loginResetCredentialsUrl}">${msg("doForgotPassword")}</a></p>
        </#if>
        </#if>
    </#if>
</@layout.registrationLayout>
