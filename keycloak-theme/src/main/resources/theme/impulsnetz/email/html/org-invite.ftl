<#-- The page behind the link speaks the language of this mail, whatever the browser prefers
     (kc_locale for action links, ui_locales for the registration an invitation opens). -->
<#assign localizedLink = link + (link?contains("?"))?then("&", "?") + "kc_locale=" + locale.language + "&ui_locales=" + locale.language>
<#import "template.ftl" as layout>
<@layout.emailLayout>
<#if firstName?? && lastName??>
<p>${msg("impulsnetzGreetingPersonal", firstName, lastName)}</p>
<#else>
<p>${msg("impulsnetzGreeting")}</p>
</#if>
${kcSanitize(msg("impulsnetzInviteBodyHtml", localizedLink, organization.name, linkExpirationFormatter(linkExpiration)))?no_esc}
</@layout.emailLayout>
