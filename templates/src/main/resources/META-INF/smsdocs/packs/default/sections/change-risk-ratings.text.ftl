<#-- The words of the risk ratings of a change (English); the structure is change-risk-ratings.ftl. -->
@@table
| Risk rating | Typical change |
|---|---|
| Low | Well understood, easily backed out, affects one CI and no customer during the service hours |
| Medium | Affects one service and can be backed out within the window, but customers may notice it |
| High | Affects several services or customers, is hard to back out, or has not been done before |
