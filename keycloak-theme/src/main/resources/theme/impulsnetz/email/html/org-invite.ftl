<#-- The page behind the link speaks the language of this mail, whatever the browser prefers
     (kc_locale for action links, ui_locales for the registration an invitation opens). -->
<#assign localizedLink = link + (link?contains("?"))?then("&", "?") + "kc_locale=" + locale.language + "&ui_locales=" + locale.language>
<#-- Who invited: the app leaves the inviter's name at the organization (attribute
     impulsnetzInviter) right before it asks Keycloak to send this mail. -->
<#if organization.attributes?? && organization.attributes.impulsnetzInviter?? && organization.attributes.impulsnetzInviter?has_content>
<#assign invitedBy = msg("impulsnetzInvitedByName", organization.attributes.impulsnetzInviter[0]?replace("&", "&amp;")?replace("<", "&lt;")?replace(">", "&gt;"), organization.name)>
<#else>
<#assign invitedBy = msg("impulsnetzInvitedByRole", organization.name)>
</#if>
<#import "template.ftl" as layout>
<@layout.emailLayout>
<#if firstName?? && lastName??>
<p>${msg("impulsnetzGreetingPersonal", firstName, lastName)}</p>
<#else>
<p>${msg("impulsnetzGreeting")}</p>
</#if>
${kcSanitize(msg("impulsnetzInviteBodyHtml", localizedLink, organization.name, linkExpirationFormatter(linkExpiration), invitedBy))?no_esc}
</@layout.emailLayout>
