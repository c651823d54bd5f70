<#--
  The page frame of every Impulsnetz login page: the platform's header and footer as in the
  app (templates/layout.html), KERN UX, German first. No script: every step works with the
  keyboard and without JavaScript.
-->
<#macro registrationLayout bodyClass="" displayInfo=false displayMessage=true displayRequiredFields=false>
<!DOCTYPE html>
<html lang="${lang}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <#assign pageTitle><#nested "header"></#assign>
    <title>${pageTitle?markup_string?trim?no_esc} – Impulsnetz</title>
    <link rel="icon" href="${url.resourcesPath}/favicon.svg" type="image/svg+xml">
    <#list properties.styles?split(' ') as style>
    <link rel="stylesheet" href="${url.resourcesPath}/${style}">
    </#list>
</head>
<body class="login-page" data-page-id="login-${pageId}">
<a class="skip-link kern-link" href="#inhalt">${msg("impulsnetzSkip")}</a>
<header class="site-header">
    <div class="kern-container site-header__bar">
        <#if client?? && client.baseUrl?has_content>
        <a class="site-brand" href="${client.baseUrl}">
        <#else>
        <div class="site-brand">
        </#if>
            <span class="site-brand__name">Impulsnetz</span>
            <span class="site-brand__claim">${msg("impulsnetzClaim")}</span>
        <#if client?? && client.baseUrl?has_content></a><#else></div></#if>
    </div>
</header>
<main id="inhalt" class="kern-container site-main login-main" tabindex="-1">
    <h1 class="kern-title kern-title--large" id="kc-page-title"><#nested "header"></h1>
    <#if auth?has_content && auth.showUsername() && !auth.showResetCredentials()>
    <p class="kern-body login-main__who" id="kc-username">
        ${msg("impulsnetzLoggingInAs")} <strong id="kc-attempted-username">${auth.attemptedUsername}</strong>
        <a class="kern-link" id="reset-login" href="${url.loginRestartFlowUrl}">${msg("impulsnetzOtherLogin")}</a>
    </p>
    </#if>
    <#if displayMessage && message?has_content && (message.type != 'warning' || !isAppInitiatedAction??)>
    <div class="kern-alert kern-alert--<#if message.type = 'error'>danger<#else>${message.type}</#if>" role="<#if message.type = 'error'>alert<#else>status</#if>" id="kc-message">
        <div class="kern-alert__body">
            <p class="kern-body">${kcSanitize(message.summary)?no_esc}</p>
        </div>
    </div>
    </#if>
    <#if displayRequiredFields>
    <p class="kern-body kern-body--small">${msg("impulsnetzRequiredFields")}</p>
    </#if>

    <#nested "form">

    <#if displayInfo>
    <div id="kc-info" class="login-main__info">
        <#nested "info">
    </div>
    </#if>
</main>
<footer class="site-footer">
    <div class="kern-container">
        <#if realm.internationalizationEnabled && locale.supported?size gt 1>
        <nav aria-label="${msg("impulsnetzLanguages")}">
            <ul class="site-footer__links" id="kc-locale">
                <#list locale.supported as l>
                <li><a class="kern-link" href="${l.url}" lang="${l.languageTag}" hreflang="${l.languageTag}"<#if l.languageTag == locale.currentLanguageTag> aria-current="true"</#if>>${l.label}</a></li>
                </#list>
            </ul>
        </nav>
        </#if>
        <#if client?? && client.baseUrl?has_content>
        <#-- BITV 2.0 § 4: the information in Leichte Sprache and DGS, from every page. -->
        <ul class="site-footer__links">
            <li><a class="kern-link" id="link-leichte-sprache" href="${client.baseUrl?remove_ending("/")}/leichte-sprache">${msg("impulsnetzEasyLanguage")}</a></li>
            <li><a class="kern-link" id="link-gebaerdensprache" href="${client.baseUrl?remove_ending("/")}/gebaerdensprache">${msg("impulsnetzSignLanguage")}</a></li>
        </ul>
        </#if>
        <p class="kern-body kern-body--small">${msg("impulsnetzAbout")}</p>
    </div>
</footer>
</body>
</html>
</#macro>
