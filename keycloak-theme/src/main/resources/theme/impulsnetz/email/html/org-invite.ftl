<#import "template.ftl" as layout>
<@layout.emailLayout>
<#if firstName?? && lastName??>
<p>${msg("impulsnetzGreetingPersonal", firstName, lastName)}</p>
<#else>
<p>${msg("impulsnetzGreeting")}</p>
</#if>
${kcSanitize(msg("impulsnetzInviteBodyHtml", link, organization.name, linkExpirationFormatter(linkExpiration)))?no_esc}
</@layout.emailLayout>
