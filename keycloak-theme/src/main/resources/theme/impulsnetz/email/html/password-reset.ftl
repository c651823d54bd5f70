<#-- The page behind the link speaks the language of this mail, whatever the browser prefers. -->
<#assign localizedLink = link + (link?contains("?"))?then("&", "?") + "kc_locale=" + locale.language>
<#import "template.ftl" as layout>
<@layout.emailLayout>
<p><#if user?? && user.firstName?has_content>${msg("impulsnetzGreetingPersonal", user.firstName, user.lastName!'')}<#else>${msg("impulsnetzGreeting")}</#if></p>
${kcSanitize(msg("impulsnetzPasswordResetBodyHtml", localizedLink, linkExpirationFormatter(linkExpiration)))?no_esc}
</@layout.emailLayout>
