<#-- The words of the risk and opportunity register (English); its structure is risk-register.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This register records the risks and opportunities of the service management system (SMS) of ${org.name}:
what could stop the SMS or the services achieving their intended results, what could help them, how each is
rated, how it is treated and who owns it. How risks are identified and reviewed is set out in
<@sms.link "sms-plan"/>; information security risks are assessed in detail under information security
management
@@ratingMethodTitle
Rating method
@@ratingMethod
Each risk is rated for likelihood and impact, taking existing controls into account; the matrix gives its
level, and the level sets the response.
@@registerTitle
Register
@@noRisks
No risks or opportunities are recorded yet. They are identified at the yearly planning workshop, at each
register review and whenever the services, suppliers or the organisation change.
@@reviewTitle
Review
@@review
Risk owners review their risks ${cadence.riskReview.every} and after any incident, audit finding or change that affects
them. The ${sms.manager.title} reviews the whole register ${cadence.riskReview.every} and before each management review,
which receives the high risks and the effectiveness of the treatments.
