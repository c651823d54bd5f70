<#outputformat "plainText">
<#assign requiredActionsText><#if requiredActions??><#list requiredActions><#items as reqActionItem>${msg("requiredAction.${reqActionItem}")}<#sep>, </#sep></#items></#list></#if></#assign>
</#outputformat>
<#import "template.ftl" as layout>
<@layout.emailLayout>
<p><#if user?? && user.firstName?has_content>${msg("impulsnetzGreetingPersonal", user.firstName, user.lastName!'')}<#else>${msg("impulsnetzGreeting")}</#if></p>
${kcSanitize(msg("impulsnetzExecuteActionsBodyHtml", link, requiredActionsText, linkExpirationFormatter(linkExpiration)))?no_esc}
</@layout.emailLayout>
