<#import "template.ftl" as layout>
<#import "fields.ftl" as fields>
<#import "user-profile-commons.ftl" as userProfileCommons>
<#import "register-commons.ftl" as registerCommons>
<#-- Accepting an invitation as a new member: name, login name and a password. -->
<@layout.registrationLayout displayMessage=messagesPerField.exists('global') displayRequiredFields=true; section>
    <#if section = "header">
        <#if messageHeader??>${kcSanitize(msg("${messageHeader}"))?no_esc}<#else>${msg("registerTitle")}</#if>
    <#elseif section = "form">
        <p class="kern-body">${msg("impulsnetzRegisterIntro")}</p>
        <form id="kc-register-form" class="login-form" action="${url.registrationAction}" method="post" novalidate>
            <@userProfileCommons.userProfileFormFields; callback, attribute>
                <#if callback = "afterField" && passwordRequired?? && (attribute.name == 'username' || (attribute.name == 'email' && realm.registrationEmailAsUsername))>
                    <@fields.field name="password" type="password" autocomplete="new-password" label=msg("password") + " *" hint=msg("impulsnetzPasswordHint") />
                    <@fields.field name="password-confirm" type="password" autocomplete="new-password" label=msg("passwordConfirm") + " *" />
                </#if>
            </@userProfileCommons.userProfileFormFields>
            <@registerCommons.termsAcceptance/>
            <div class="login-form__buttons" id="kc-form-buttons">
                <button type="submit" class="kern-btn kern-btn--primary" id="kc-register"><span class="kern-label">${msg("impulsnetzRegisterSubmit")}</span></button>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
