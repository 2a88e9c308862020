<#-- The risk rating of a change (2018 8.5.1.3; 2011 9.2), shared by the change procedure and the request for
     change form. -->
| Risk rating | Typical change |
|---|---|
| Low | Well understood, easily backed out, affects one CI and no customer during the service hours |
| Medium | Affects one service and can be backed out within the window, but customers may notice it |
| High | Affects several services or customers, is hard to back out, or has not been done before |
