<#ftl output_format="plainText">
<#if user?? && user.firstName?has_content>${msg("impulsnetzGreetingPersonal", user.firstName, user.lastName!'')}<#else>${msg("impulsnetzGreeting")}</#if>

${msg("impulsnetzPasswordResetBody", link, linkExpirationFormatter(linkExpiration))}

-- 
${msg("impulsnetzFooter")}
