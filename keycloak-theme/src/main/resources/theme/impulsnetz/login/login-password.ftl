<#import "template.ftl" as layout>
<#import "fields.ftl" as fields>
<#-- Second step of the identity-first login: the password. -->
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('password'); section>
    <#if section = "header">
        ${msg("impulsnetzPasswordTitle")}
    <#elseif section = "form">
        <form id="kc-form-login" class="login-form" action="${url.loginAction}" method="post" novalidate>
            <@fields.field name="password" type="password" autofocus=true autocomplete="current-password" label=msg("password") />
            <@fields.submit label=msg("doLogIn") />
        </form>
        <#if realm.resetPasswordAllowed>
        <p class="kern-body"><a class="kern-link" id="forgot-password" href="${url.loginResetCredentialsUrl}">${msg("doForgotPassword")}</a></p>
        </#if>
    </#if>
</@layout.registrationLayout>
