<#import "template.ftl" as layout>
<#-- Something went wrong in Keycloak: what happened, in plain words, and the way back. -->
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("impulsnetzErrorTitle")}
    <#elseif section = "form">
        <div class="kern-alert kern-alert--danger" role="alert" id="kc-error-message">
            <div class="kern-alert__body">
                <p class="kern-body">${kcSanitize(message.summary)?no_esc}</p>
                <#if traceId??><p class="kern-body kern-body--small" id="traceId">${msg("traceIdSupportMessage", traceId)}</p></#if>
            </div>
        </div>
        <#if !skipLink?? && client?? && client.baseUrl?has_content>
        <p class="kern-body"><a class="kern-link" id="backToApplication" href="${client.baseUrl}">${msg("backToApplication")}</a></p>
        </#if>
    </#if>
</@layout.registrationLayout>
