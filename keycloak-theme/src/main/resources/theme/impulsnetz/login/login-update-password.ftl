<#import "template.ftl" as layout>
<#import "fields.ftl" as fields>
<#-- Setting a new password: after a reset link, an invitation, or when an admin asks for it. -->
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('password','password-confirm'); section>
    <#if section = "header">
        ${msg("updatePasswordTitle")}
    <#elseif section = "form">
        <form id="kc-passwd-update-form" class="login-form" action="${url.loginAction}" method="post" novalidate>
            <@fields.field name="password-new" type="password" autofocus=true autocomplete="new-password"
                label=msg("passwordNew") hint=msg("impulsnetzPasswordHint") errorName="password" />
            <@fields.field name="password-confirm" type="password" autocomplete="new-password" label=msg("passwordConfirm") />
            <div class="kern-form-check">
                <input class="kern-form-check__checkbox" type="checkbox" id="logout-sessions" name="logout-sessions" value="on" checked>
                <label class="kern-label" for="logout-sessions">${msg("logoutOtherSessions")}</label>
            </div>
            <div class="login-form__buttons" id="kc-form-buttons">
                <button type="submit" class="kern-btn kern-btn--primary" id="kc-login" name="login"><span class="kern-label">${msg("impulsnetzSavePassword")}</span></button>
                <#if isAppInitiatedAction??>
                <button type="submit" class="kern-btn kern-btn--secondary" name="cancel-aia" value="true"><span class="kern-label">${msg("doCancel")}</span></button>
                </#if>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
