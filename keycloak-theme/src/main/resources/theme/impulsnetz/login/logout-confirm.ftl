<#import "template.ftl" as layout>
<#-- "Wirklich abmelden?" when a logout arrives without the app's ID token. -->
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("logoutConfirmTitle")}
    <#elseif section = "form">
        <p class="kern-body">${msg("logoutConfirmHeader")}</p>
        <form class="login-form" action="${url.logoutConfirmAction}" method="post">
            <input type="hidden" name="session_code" value="${logoutConfirm.code}">
            <@submitButton/>
        </form>
        <#if !logoutConfirm.skipLink && (client.baseUrl)?has_content>
        <p class="kern-body"><a class="kern-link" href="${client.baseUrl}">${msg("backToApplication")}</a></p>
        </#if>
    </#if>
</@layout.registrationLayout>
<#macro submitButton>
    <div class="login-form__buttons" id="kc-form-buttons">
        <button type="submit" class="kern-btn kern-btn--primary" id="kc-logout" name="confirmLogout"><span class="kern-label">${msg("doLogout")}</span></button>
    </div>
</#macro>
