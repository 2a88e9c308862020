<#--
  Harbour Consulting's macro library: the building blocks its templates share. A template imports it with an
  absolute name, <#import "/lib/harbour.ftl" as harbour>, which the lookup chain resolves like any template
  (a client's src/sms/templates/lib/harbour.ftl would win; a German set would take lib/harbour_de.ftl first).
  Its words come from the pack's message bundles (harbour.* keys in messages/messages*.properties), so one
  library serves every language of the set.
-->

<#-- The state of a checklist row: "Ready" when ok, otherwise "Action needed", in the set's language. -->
<#macro state ok>${ok?then(t["harbour.state.ready"], t["harbour.state.actionNeeded"])}</#macro>
