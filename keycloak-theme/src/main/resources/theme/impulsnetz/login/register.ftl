<#import "template.ftl" as layout>
<#import "fields.ftl" as fields>
<#import "register-commons.ftl" as registerCommons>
<#--
  Accepting an invitation as a new member: the profile fields of the realm (login name,
  email address, name) and a password, each labelled, with its error linked to the field.
  The profile of this realm has plain text fields only; the email address of an invitation
  is fixed (read-only).
-->
<@layout.registrationLayout displayMessage=messagesPerField.exists('global') displayRequiredFields=true; section>
    <#if section = "header">
        <#if messageHeader??>${kcSanitize(msg("${messageHeader}"))?no_esc}<#else>${msg("registerTitle")}</#if>
    <#elseif section = "form">
        <p class="kern-body">${msg("impulsnetzRegisterIntro")}</p>
        <form id="kc-register-form" class="login-form" action="${url.registrationAction}" method="post" novalidate>
            <#list profile.attributes as attribute>
                <#if attribute.name == 'locale'>
                    <input type="hidden" name="locale" value="${locale.currentLanguageTag}">
                <#else>
                    <@fields.field name=attribute.name label=advancedMsg(attribute.displayName!'') value=(attribute.value!'')
                        autocomplete=(attribute.autocomplete!((attribute.name == 'firstName')?then('given-name', (attribute.name == 'lastName')?then('family-name', 'off')))) required=attribute.required disabled=attribute.readOnly
                        type=(attribute.name == 'email')?then('email', 'text') />
                    <#if passwordRequired?? && (attribute.name == 'username' || (attribute.name == 'email' && realm.registrationEmailAsUsername))>
                        <@fields.field name="password" type="password" autocomplete="new-password" label=msg("password") required=true hint=msg("impulsnetzPasswordHint") />
                        <@fields.field name="password-confirm" type="password" autocomplete="new-password" label=msg("impulsnetzPasswordRepeat") required=true />
                    </#if>
                </#if>
            </#list>
            <@registerCommons.termsAcceptance/>
            <div class="login-form__buttons" id="kc-form-buttons">
                <button type="submit" class="kern-btn kern-btn--primary" id="kc-register"><span class="kern-label">${msg("impulsnetzRegisterSubmit")}</span></button>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
