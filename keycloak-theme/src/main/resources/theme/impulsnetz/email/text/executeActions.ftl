<#ftl output_format="plainText">
<#-- The page behind the link speaks the language of this mail, whatever the browser prefers. -->
<#assign localizedLink = link + (link?contains("?"))?then("&", "?") + "kc_locale=" + locale.language>
<#assign requiredActionsText><#if requiredActions??><#list requiredActions><#items as reqActionItem>${msg("requiredAction.${reqActionItem}")}<#sep>, </#items></#list></#if></#assign>
<#if user?? && user.firstName?has_content>${msg("impulsnetzGreetingPersonal", user.firstName, user.lastName!'')}<#else>${msg("impulsnetzGreeting")}</#if>

${msg("impulsnetzExecuteActionsBody", localizedLink, requiredActionsText, linkExpirationFormatter(linkExpiration))}

-- 
${msg("impulsnetzFooter")}
