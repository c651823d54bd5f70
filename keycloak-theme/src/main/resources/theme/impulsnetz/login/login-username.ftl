<#import "template.ftl" as layout>
<#import "fields.ftl" as fields>
<#-- First step of the identity-first login: the login name (or email address). -->
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username'); section>
    <#if section = "header">
        ${msg("loginAccountTitle")}
    <#elseif section = "form">
        <p class="kern-body">${msg("impulsnetzLoginIntro")}</p>
        <#if realm.password>
        <form id="kc-form-login" class="login-form" action="${url.loginAction}" method="post" novalidate>
            <#if !usernameHidden??>
            <@fields.field name="username" autofocus=true autocomplete="username" value=(login.username!'')
                label=(!realm.loginWithEmailAllowed)?then(msg("username"), (!realm.registrationEmailAsUsername)?then(msg("usernameOrEmail"), msg("email"))) />
            </#if>
            <@fields.submit label=msg("impulsnetzNext") />
        </form>
        </#if>
    </#if>
</@layout.registrationLayout>
