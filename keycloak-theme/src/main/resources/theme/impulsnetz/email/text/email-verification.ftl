<#ftl output_format="plainText">
<#if user?? && user.firstName?has_content>${msg("impulsnetzGreetingPersonal", user.firstName, user.lastName!'')}<#else>${msg("impulsnetzGreeting")}</#if>

${msg("impulsnetzEmailVerificationBody", link, linkExpirationFormatter(linkExpiration))}

-- 
${msg("impulsnetzFooter")}
