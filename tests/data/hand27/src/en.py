# blind28 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Margaret Holloway <m.holloway@homemail.example>",
         to="support@ascendalift.example",
         subject="Dad's stair lift - something wrong this morning",
         body="""\
Hello,

I'm writing on behalf of my father, Arthur Pennick, who has one of your Ascenda 300 stair lifts
(serial AS3-118204, fitted in March).

This morning he got on at the bottom, pushed the lever and let go about halfway up because he
wanted to stop and reach for the banister. The chair didn't stop. It carried on all the way to the
top and hit the end of the rail hard enough to throw him forward. The seat belt clip came undone
when he lurched, and he only stayed in the chair because he had hold of the armrest. He's 87.

He's all right, just shaken, but we've switched it off at the wall and he's sleeping downstairs
until it's looked at. He can't get to the bathroom upstairs without it, so we need someone out as
soon as possible.

My number is 01632 960418, I'm staying at his house all week.

Margaret Holloway"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Dev Raman <dev.raman@inbox.example>",
         to="support@veldramedical.example",
         subject="Question about bolus history on my pump",
         body="""\
Hi,

Is it normal that the pump gives a bolus by itself? Yesterday evening I did a 6 unit bolus for
dinner at 19:40. When I looked at the history later there is a second 6 unit bolus at 19:52 that I
did not do, I was washing up at the time. At 22:30 my sensor alarmed at 2.8 mmol/L and I needed
glucose tablets and a glass of juice, it took about an hour to come back up.

Pump is the Veldra P2, serial VP2-40718, firmware 3.1.4. I can send the sensor graph if it helps.
I've gone back to pens for now but I'd like to know what happened before I put it back on.

Thanks
Dev"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Kofi Mensah <kofi.mensah@mailbox.example>",
         to="help@harboursidelettings.example",
         subject="Seeing someone else's documents in my tenant account",
         body="""\
Dear Harbourside Lettings team,

I logged in to the tenant portal this evening to download my tenancy agreement for flat 4B, Wharf
Road. Under "My documents" there are 11 files and only two of them are mine. The rest belong to a
Ms J. Okafor at a different address: a scan of her passport, three payslips, a bank statement and
a reference letter from her employer. I can open and download every one of them.

I haven't downloaded anything except my own agreement, and I've logged out. I assume she, or
someone else, can see my documents in the same way, and those include my passport and bank
details.

Please take this down tonight and let me know what happened and whether my documents have been
shown to anyone else.

Kind regards,
Kofi Mensah
Tenant ref. HL-22-07731"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Tomasz Wierzbicki <t.wierzbicki@printlab.example>",
         to="support@kestrel3d.example",
         subject="Printer Kestrel K2 - strange after long print",
         body="""\
Hello support,

I have Kestrel K2 since two months. Yesterday I start a 9 hour print and go to sleep. In the
morning the screen show nozzle 215 C like normal, but the heater block was glowing little bit
orange, the white PTFE tube on the top is melted and the plastic fan cover next to it is black and
bent. Very sharp smell in whole flat, my wife has opened all windows.

Print is stopped in the middle, nozzle is full of black carbon. I did not touch anything more,
printer is now unplugged and standing on the balcony.

What I must do? I think the temperature sensor is not reading correct. Order number KS-559120.

Best regards
Tomasz"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Lukas Brandt <ops@snowpeak-resort.example>",
         to="support@gatewise.example",
         subject="URGENT - lift gates rejecting every pass",
         body="""\
Gatewise support,

Since 08:30 every gate at all six of our lift stations shows "Pass unknown" and stays shut,
whatever is scanned - season passes, day passes, staff cards. The ticket office still sells passes
normally and they show as valid there.

It's Saturday of peak week and we have around 2,000 guests on the mountain. Lifties are opening
the barriers by hand and checking passes by eye, but the queue at the base station is already back
to the car park and we can't keep this up for long.

Customer no. SP-0042. Please call me on the ops line, 01632 960771.

Lukas Brandt
Head of Lift Operations, Snowpeak Resort"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Rita Coles <rita.coles@citycabs.example>",
         to="noc@voicelinktel.example",
         subject="Calls to 0161 496 0000 getting busy tone",
         body="""\
Hi,

Since about 6am every call to our booking number 0161 496 0000 gets a busy tone. Outbound calls
are fine and calls straight to the DDIs get through. Nothing's changed our end, the phone system
shows the trunk as registered.

We're a cab firm and that number is where 90% of our bookings come in. I've got 14 dispatchers
sat here with nothing coming through and customers ringing drivers' mobiles asking if we've shut.

Account VL-77120, trunk ST-2. Ring me back on 07700 900412 please.

Rita Coles
Operations Manager, City Cabs"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Ayesha Qureshi <ayesha.q@student.example>",
         to="help@proctorly.example",
         subject="cant start exam",
         body="""\
hi, my FIN204 exam closes at 5pm today. i click Start exam, the camera check goes green, then i
press Begin and nothing happens. tried 3 times, restarted laptop, tried another browser. same.
student id 2231487
please help asap

Sent from my phone"""),

    dict(n=8, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Neil Atherton <harbourmaster@porthavenmarina.example>",
         to="support@berthbook.example",
         subject="Re: Ticket #48213 - online berth bookings not showing in harbour office app",
         body="""\
Still broken. Three more boats turned up last night with bookings we couldn't see. Please
escalate this to someone who can fix it.

Neil

> On 12 Nov 2026, at 09:14, Neil Atherton <harbourmaster@porthavenmarina.example> wrote:
>
> Hi, following up on ticket #48213 from last Thursday. Visitor berth bookings made on the
> website since the 5th are not appearing in the harbour office app. We only found out when a
> yacht arrived with a confirmation for a berth we'd already given to someone else.
>
> Regards,
> Neil Atherton, Harbour Master, Porthaven Marina"""),

    dict(n=9, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Helen Marsh <helen@marshbookkeeping.example>",
         to="support@ledgerly.example",
         subject="VAT return file only has headings",
         body="""\
Hello,

When I run the VAT return export for any of my clients (tried four of them), the CSV that comes
out has the column headings and nothing else. The on-screen report shows all the figures fine. It
was working in September.

Not urgent as such - the next quarter isn't due until early February, and at a push I can key the
boxes into the tax portal by hand from the on-screen report - but I'd like it sorted before then.

Version 8.2.1, practice licence LP-30981.

Thanks,
Helen Marsh
Marsh Bookkeeping"""),

    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Jordan Pike <jpike@quickmail.example>",
         to="customercare@roadwaycarhire.example",
         subject="Deposit taken twice - 750 x2",
         body="""\
Hi

I picked up a van from your Leeds branch on Friday (booking RW-883140). The desk took a 750 pound
security deposit, the card machine said the first attempt failed so they ran it again. Both went
through. My bank shows two holds of 750, so 1,500 of my money is tied up.

The van goes back Wednesday but I can't wait for both to drop off - my rent comes out on the 1st
and there isn't enough left in the account to cover it. Can you release the duplicate today
please, and send me something in writing I can show the bank?

Jordan Pike
07700 900263"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Geoffrey Lamb <geoff.lamb@oldpost.example>",
         to="membership@riversidetennisclub.example",
         subject="Membership fee taken after I resigned",
         body="""\
Dear Sir or Madam,

I wrote to the club on 14th August to resign my membership (member no. 1187), having had to give
up tennis on my doctor's advice. I received an acknowledgement from Mrs Bell at the time.

Nevertheless, on 1st November the sum of 186.00 pounds was collected from my account by direct
debit with the reference RIVERSIDE TC ANNUAL. I should be grateful if this could be refunded and
the direct debit instruction cancelled, so that the same does not happen again next year.

I enclose a copy of my letter of 14th August.

Yours faithfully,
G. R. Lamb"""),

    dict(n=12, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Priya Nair <priya@loomandlantern.example>",
         to="creators@backitup.example",
         subject="Campaign payout still 'processing' after 3 weeks",
         body="""\
Hi there,

Our campaign "Loom & Lantern - handmade lamps" (ID C-204518) closed successfully on 21 October
with 18,640 pounds raised. Your help pages say the payout arrives within 14 days. The dashboard has
said "Payout processing" ever since, and nothing has reached our business account (ending 4471).

We placed the order with our glass supplier on the strength of that money and their invoice for
9,200 is due on Friday. If we can't pay it they won't start production, and we'll have to tell 400
backers their rewards are going to be late.

Could someone please check what's holding it up and give me a date? Our verification documents
were approved on 2 October.

Thanks,
Priya Nair
Loom & Lantern"""),

    dict(n=13, signals="payment", priority="medium", trap="data", qt=0, reply=0,
         frm="Sandra Okoye <s.okoye@homemail.example>",
         to="billing@westvalewater.example",
         subject="Water bill based on wrong reading",
         body="""\
Hello,

My latest water bill (account 6602-1183-77) is for 1,214.50 pounds, when I normally pay about 95 a
quarter. The bill says my reading on 3 November was 4,312 m3. I've just been out to the meter and
it says 431.2 - looks like the decimal point has gone missing somewhere. Photo attached.

Please could you correct the bill, and make sure the direct debit doesn't take the full amount on
the 20th.

Many thanks
Sandra Okoye"""),

    dict(n=14, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Dorothy Fairweather <dot.fairweather@oldpost.example>",
         to="help@cleartonehearing.example",
         subject="the app keeps saying locked",
         body="""\
Good afternoon,

My granddaughter set up the ClearTone app on my telephone so that I can change the programmes on
my hearing aids. Is it normal that it asks me to sign in again every morning? This morning I typed
in my password as usual and it said "Account locked, try again in 24 hours". I have not changed
anything.

I can still use the little button on the hearing aids themselves, but I cannot get the restaurant
setting without the app, and we are going out for my birthday on Saturday.

With thanks,
Dorothy Fairweather (Mrs)"""),

    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Marcus Webb <m.webb@webbestates.example>",
         to="support@inkpoint.example",
         subject="Phone dead - can't get past 2FA, need to sign today",
         body="""\
Hi,

My phone died overnight (won't even show the charging screen) and the authenticator app for my
InkPoint account, marcus@webbestates.example, was only on that phone. I can enter my password,
then it asks for the 6-digit code and I've no way of getting one. Never saved the backup codes,
stupidly.

I've got a property completion that needs my signature on three documents by 4pm today. The other
side's solicitor has already signed. Can you reset my 2FA or verify me some other way? Happy to do
a video call with photo ID.

Marcus Webb
Webb Estates
07700 900581"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Chris Doyle <chrisd@inbox.example>",
         to="support@kindred-app.example",
         subject="No SMS code",
         body="""\
Changed my number last week and updated it in the app. Now when I log in it says it's sent a code
to the new number and nothing ever comes. Tried about 10 times over 2 days, "resend" does nothing
either. Other texts arrive fine. Username chris_d_88."""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Hannah Li <hannah.li@mailbox.example>",
         to="permits@cityparkpermits.example",
         subject="Please close my account",
         body="""\
Hello,

I've moved out of the borough and sold my car, so I no longer need my resident parking account
(permit no. RP-61408, zone C). I can't find an option anywhere in the portal to delete the account,
only to cancel the permit, which I've done.

Please close the account and delete my details, including the saved card. Let me know if you need
anything else from me.

Thanks,
Hannah Li"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Gary Hinds <gary@hindspoolsandspas.example>",
         to="trade@aquaflowpumps.example",
         subject="Reorder - 1.5HP pumps flying out",
         body="""\
Hi Steph,

Sales are on fire this summer - we're absolutely killing it with the 1.5HP variable-speed pumps,
the hot tub crowd can't get enough of them. Three left on the shelf.

Can you do me another 40 on the usual trade terms and let me know the lead time? If there's any
chance of a pallet before the bank holiday it'd be a lifesaver.

Cheers,
Gary
Hinds Pools & Spas
Trade acc. HPS-0193"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Becky Warren <becky.warren@quickmail.example>",
         to="bookings@pinehollowpark.example",
         subject="Bonfire & Blackout weekend - pitch with a dog?",
         body="""\
Hi,

We'd love to come to your "Bonfire & Blackout" weekend on 7-8 November (the lights-out stargazing
one). Are dogs allowed on the hardstanding pitches that weekend, and do you still have anything
with electric hook-up? It'd be two adults, one child and a very calm spaniel in a campervan.

Also, how close are the fireworks to the pitches? The dog isn't a fan.

Thanks!
Becky"""),

    dict(n=20, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Tom Ashby <tom.ashby@ashbyjoinery.example>",
         to="support@ledgerly.example",
         subject="Password on payslip PDFs",
         body="""\
Hello,

When I email payslips out of Ledgerly the PDFs arrive password protected. A couple of my lads can't
open them and I don't know what the password is meant to be. Is it something I set, or is it their
date of birth or similar? And can I switch it off for staff who'd rather not have it?

Cheers
Tom Ashby
Ashby Joinery Ltd"""),

    dict(n=21, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Claire Dunmore <facilities@northgatehouse.example>",
         to="service@vertexlifts.example",
         subject="Re: Annual examination - Northgate House, lifts 1-3",
         body="""\
Hi Paul,

Thursday 19th at 8am works for us. Your engineer can park in the loading bay at the back, and
security will have a contractor pass ready at reception. We'll put notices up the day before so
tenants know the lifts will be done one at a time.

Thanks,
Claire Dunmore
Facilities Manager, Northgate House

> On 10 Nov 2026, at 15:02, Paul Greaves <service@vertexlifts.example> wrote:
>
> Dear Claire,
>
> Your annual thorough examination is due. Our engineer will test the emergency stop and alarm in
> each car, check the overspeed governor and safety gear, and carry out a simulated entrapment
> release. Please let us know a convenient date.
>
> Kind regards,
> Paul Greaves, Vertex Lifts"""),

    dict(n=22, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Oliver Grant <ogrant@grantevents.example>",
         to="bookings@roadwaycarhire.example",
         subject="Questions before booking a Luton van",
         body="""\
Hello,

I'm looking at hiring a Luton van for a week in January for an event set-up. Before I book, a
couple of questions:

1. What happens if the card payment fails when I collect - is the booking cancelled, or can I pay
   some other way on the day?
2. How long does the deposit take to be refunded once the van is back?
3. Is there an extra charge for a second driver?

Best,
Oliver Grant
Grant Events"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Sam Whitfield <s.whitfield@meridianoffices.example>",
         to="support@climacore.example",
         subject="Heating dashboard blank in Chrome",
         body="""\
Hi,

Since your update at the weekend the ClimaCore dashboard for our building only shows the grey
header bar in Chrome - no floor plans, no zone temperatures, and the setpoint buttons don't appear.
It works normally in Firefox, so I'm using that for now, and the heating schedules are all running
as they should. Would be good to get it fixed though, as the rest of the team use Chrome.

Site: Meridian Offices, 12 Canal Street. Chrome 131 on Windows 11.

Sam"""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Andrea Novak <a.novak@swiftlinefreight.example>",
         to="support@routemaster-tms.example",
         subject="Nobody can sign in - error 4012 since 05:00",
         body="""\
Hello,

Since about 05:00 none of our users can sign in to RouteMaster. Our single sign-on step goes
through fine, then RouteMaster shows "Invalid assertion (code 4012)" and sends us back to the
start. That's 62 planners and dispatchers across our three depots, plus the drivers' handhelds,
which logged out at shift change and won't log back in.

Trucks are sitting in the yard with no load lists and the early shift started at 06:00. We have
changed nothing on our side, and your status page shows everything green.

Tenant ID SWF-0031, enterprise support contract ES-2291. Please call 0113 496 0112.

Andrea Novak
IT Manager, Swiftline Freight"""),
]
