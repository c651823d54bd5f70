<#ftl output_format="plainText">
<#-- The page behind the link speaks the language of this mail, whatever the browser prefers
     (kc_locale for action links, ui_locales for the registration an invitation opens). -->
<#assign localizedLink = link + (link?contains("?"))?then("&", "?") + "kc_locale=" + locale.language + "&ui_locales=" + locale.language>
<#if user?? && user.firstName?has_content>${msg("impulsnetzGreetingPersonal", user.firstName, user.lastName!'')}<#else>${msg("impulsnetzGreeting")}</#if>

${msg("impulsnetzPasswordResetBody", localizedLink, linkExpirationFormatter(linkExpiration))}

-- 
${msg("impulsnetzFooter")}
