<#--
  A labelled KERN UX text field with its hint and error message linked by aria-describedby,
  as in the app (templates/fragments/_forms.html). errorName names the field whose error
  Keycloak reports for this one (the new password's is "password").
-->
<#macro field name label type="text" autocomplete="off" value="" autofocus=false hint="" errorName="" required=false disabled=false>
    <#assign reported = errorName?has_content?then(errorName, name)>
    <#assign invalid = messagesPerField.existsError(reported)>
    <div class="kern-form-input<#if invalid> kern-form-input--error</#if>">
        <label class="kern-label" for="${name}">${label}<#if required> *</#if></label>
        <#if hint?has_content><div class="kern-hint" id="${name}-hinweis">${hint}</div></#if>
        <#if invalid>
        <p class="kern-error" id="input-error-${reported}" role="alert">${kcSanitize(messagesPerField.get(reported))?no_esc}</p>
        </#if>
        <input class="kern-form-input__input<#if invalid> kern-form-input__input--error</#if>" type="${type}" id="${name}" name="${name}"
               value="${value}" autocomplete="${autocomplete}" dir="ltr"<#if autofocus> autofocus</#if><#if required> aria-required="true"</#if><#if disabled> disabled</#if><#if invalid> aria-invalid="true"</#if><#if invalid || hint?has_content> aria-describedby="<#if invalid>input-error-${reported} </#if><#if hint?has_content>${name}-hinweis</#if>"</#if>>
    </div>
</#macro>

<#macro submit label id="kc-login" name="login">
    <div class="login-form__buttons" id="kc-form-buttons">
        <button type="submit" class="kern-btn kern-btn--primary" id="${id}" name="${name}"><span class="kern-label">${label}</span></button>
    </div>
</#macro>
