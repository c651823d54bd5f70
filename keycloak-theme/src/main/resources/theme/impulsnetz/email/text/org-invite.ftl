<#ftl output_format="plainText">
<#if firstName?? && lastName??>${msg("impulsnetzGreetingPersonal", firstName, lastName)}<#else>${msg("impulsnetzGreeting")}</#if>

${msg("impulsnetzInviteBody", link, organization.name, linkExpirationFormatter(linkExpiration))}

-- 
${msg("impulsnetzFooter")}
