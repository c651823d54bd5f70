<#macro emailLayout>
<!DOCTYPE html>
<html lang="${locale.language}">
<head>
<meta charset="utf-8">
<title>Impulsnetz</title>
</head>
<body style="margin:0;padding:0;background:#f3f5f7;font-family:'Fira Sans',Arial,sans-serif;color:#1b1f23;font-size:16px;line-height:1.5">
<div style="max-width:40rem;margin:0 auto;padding:1.5rem;background:#ffffff">
<p style="margin:0 0 1rem;padding-bottom:0.75rem;border-bottom:4px solid #0b4f8a"><strong style="font-size:1.5rem;color:#0b4f8a">Impulsnetz</strong><br>${msg("impulsnetzClaim")}</p>
<#nested>
<p style="margin-top:2rem;font-size:0.875rem;color:#3f4a55">${msg("impulsnetzFooter")}</p>
</div>
</body>
</html>
</#macro>
