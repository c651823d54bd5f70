<#import "template.ftl" as layout>
<#-- The login took too long or was opened twice: start again or go on. -->
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("pageExpiredTitle")}
    <#elseif section = "form">
        <ul class="plain-list">
            <li><a class="kern-link" id="loginRestartLink" href="${url.loginRestartFlowUrl}">${msg("impulsnetzRestartLogin")}</a></li>
            <li><a class="kern-link" id="loginContinueLink" href="${url.loginAction}">${msg("impulsnetzContinueLogin")}</a></li>
        </ul>
    </#if>
</@layout.registrationLayout>
