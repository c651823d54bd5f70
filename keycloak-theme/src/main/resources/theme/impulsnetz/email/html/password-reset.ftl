<#import "template.ftl" as layout>
<@layout.emailLayout>
<p><#if user?? && user.firstName?has_content>${msg("impulsnetzGreetingPersonal", user.firstName, user.lastName!'')}<#else>${msg("impulsnetzGreeting")}</#if></p>
${kcSanitize(msg("impulsnetzPasswordResetBodyHtml", link, linkExpirationFormatter(linkExpiration)))?no_esc}
</@layout.emailLayout>
