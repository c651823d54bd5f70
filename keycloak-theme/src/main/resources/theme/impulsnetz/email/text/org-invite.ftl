<#ftl output_format="plainText">
<#-- The page behind the link speaks the language of this mail, whatever the browser prefers. -->
<#assign localizedLink = link + (link?contains("?"))?then("&", "?") + "kc_locale=" + locale.language>
<#if firstName?? && lastName??>${msg("impulsnetzGreetingPersonal", firstName, lastName)}<#else>${msg("impulsnetzGreeting")}</#if>

${msg("impulsnetzInviteBody", localizedLink, organization.name, linkExpirationFormatter(linkExpiration))}

-- 
${msg("impulsnetzFooter")}
