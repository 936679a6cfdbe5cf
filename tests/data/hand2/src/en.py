# blind3 hand-written test set -- English (en), 24 messages.
# Written blind (no look at the triage rules or at other hand-written sets).
# Plan: 1-4 safety, 5-9 outage, 10-13 payment, 14-17 account,
# 18-22 hard negatives, 23-24 context rows.  Names, companies, addresses are
# invented; phone numbers use the UK drama range 07700 900xxx.
# Keys: n, signals, priority, trap, qt, reply, frm, to, subject, body.

MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Gareth Pryce <g.pryce@mailhub.example>",
         to="help@hallowhome.example",
         subject="Smart plug in my daughter's room went soft and brown",
         body="""\
Hi,

I need someone to look at this today please. We have three of your HH-Plug Mini units, one of them runs the oil radiator in my daughter's room. Last night around 2am I woke up to a smell like a struck match and hot plastic. The plug's casing had gone soft and brown down one side and the wall socket behind it is blackened around the top pin. The radiator was on its low setting, nothing else on that socket.

I've pulled the other two out and they're sitting in the garage. I've got photos. Is this a known thing? If these can do that in a child's bedroom I want to know what you're doing about all the others out there.

Gareth Pryce
07700 900418"""),

    dict(n=2, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Dani Okafor <dani.okafor@postbox.example>",
         to="support@forkful.example",
         subject="Order FK-88213 - 'nut-free' satay, my son ended up in A&E",
         body="""\
Your app had the chicken skewers from Lemongrass Kitchen tagged as nut-free. I checked twice because my son (9) can't go near peanuts. About twenty minutes after eating, his lips swelled up, he was wheezing and clawing at his throat. We used his EpiPen and rang 999, he was kept in overnight. He's home now but still shaky.

I've still got half the portion in the fridge. I want to know who put that tag on, and I want it taken off today before someone else's kid eats it.

Dani Okafor"""),

    dict(n=3, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Hollis Varga <hollis.varga@inbox.example>",
         to="customercare@meridianinsure.example",
         subject="I can see someone else's claim in my account",
         body="""\
Hello,

I logged in to the policy portal this morning to upload a receipt for my own claim and the Documents tab is full of files that aren't mine. Claim forms for a Mr R. Castell in Leeds, a scan of his passport, a bank statement with his full account number on it, and a letter from his GP. I haven't downloaded anything, I just took one screenshot to show you.

If I can see his, I assume somebody else can see mine. Please ring me or reply asap, I'd like to know my documents haven't been shown to anyone.

Hollis"""),

    dict(n=4, signals="safety", priority="critical", trap="-", qt=0, reply=0,
         frm="Tom Blaylock <tblaylock@heymail.example>",
         to="riders@spokesub.example",
         subject="battery on my subscription bike is swollen and hissing",
         body="""\
hi, the battery on the e-bike i rent from you (frame no. SB-20417) has swollen up, the casing has split along the seam and it's making a hissing noise. it's warm to touch even though it hasn't been plugged in since yesterday morning. it's out in the communal hallway of our block right now because i didn't want it in the flat. what do i do with it?? can someone come and take it away today, the neighbours have small kids and the hallway is the only way out"""),

    dict(n=5, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Marcus Whitfield <m.whitfield@northgate-freight.example>",
         to="support@routemaster.example",
         subject="URGENT - depot handhelds not syncing since 6am",
         body="""\
Hi team,

None of the handhelds at our Wakefield or Doncaster depots have pulled a manifest since about 06:00. Drivers scan the first parcel, get 'waiting for server' and nothing after that. We've rebooted the devices and the depot routers, no change. 31 vans are sitting in the yard and roughly 2,400 parcels are due out today.

Account ref NGF-0092. Please call me on 07700 900733 as soon as someone picks this up.

Marcus Whitfield
Ops Manager, Northgate Freight"""),

    dict(n=6, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Rachel Dunmore <r.dunmore@stcuthberts-school.example>",
         to="help@classnest.example",
         subject="Gradebook just spins",
         body="""\
Hello, since Tuesday evening whenever I open the Gradebook for any of my classes it just shows the spinning wheel and never loads. Other teachers in my department say theirs is fine. I've tried Chrome and Edge, cleared the cache, tried my own laptop at home. Reports go out to parents on Friday and I can't enter a single mark. Could someone look at what's going on with mine?

Rachel Dunmore, Year 9 Science"""),

    dict(n=7, signals="outage", priority="medium", trap="-", qt=0, reply=0,
         frm="Kevin Ashworth <kev.ashworth@webpost.example>",
         to="care@lumenfibre.example",
         subject="Broadband crawls every evening",
         body="""\
Hiya, for about a week now my broadband slows to a crawl between roughly 7 and 11pm, and a couple of times a night it drops out completely for a minute or two then comes back. Daytime it's fine, full speed. Router lights stay green the whole time.

It's liveable but streaming anything in the evening is a joke and I'm paying for 500Mb. Could you check the line? Account LF-551203.

Cheers, Kev"""),

    dict(n=8, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Joanne Pike <practice.manager@elmfield-surgery.example>",
         to="support@medirota.example",
         subject="MediRota unavailable - whole practice",
         body="""\
Good morning,

MediRota has been unavailable at Elmfield Surgery since 08:05. Reception can't see today's list, the GPs can't see who's booked in, and the self check-in screen in the waiting room just shows an error. We have around 140 patients booked today and are working from a printout from last night that doesn't include this morning's bookings.

Nothing has changed on our side. Please treat this as urgent and let me know an ETA.

Joanne Pike
Practice Manager"""),

    dict(n=9, signals="outage", priority="high", trap="payment", qt=1, reply=1,
         frm="Liam Castro <liamcastro99@gamermail.example>",
         to="support@ironpeak-games.example",
         subject="Re: Duplicate purchase refund [Ticket #448120]",
         body="""\
thanks the refund came through. but now a different problem, since the patch last night the game closes itself on the loading screen every single time, like 5 secs in and straight back to desktop. i've verified the files and reinstalled, still the same. so i literally cannot play at all rn. PC, Windows 11, RTX 3060

On Mon, 30 Nov 2026 at 16:02, Ironpeak Support <support@ironpeak-games.example> wrote:
> Hi Liam,
>
> We've refunded the duplicate charge of $19.99 for the Frostline Season Pass
> to your original payment method. It can take 3-5 business days to show.
>
> Best,
> Ironpeak Support"""),

    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Aisha Rahman <aisha.rahman@mailnest.example>",
         to="help@harbourbank.example",
         subject="Card keeps getting declined - need to pay a deposit today",
         body="""\
Hi, I'm trying to pay the holding deposit on a flat (£650) and my Harbour debit card gets declined every time, online and over the phone with the letting agent. There's over £2,000 in my current account, the card isn't expired and I haven't had any fraud texts or anything. The agent will give the flat to the next person if it isn't paid by 5pm today. Please can you tell me what's blocking it?

Aisha"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Owen Marsh <owen@marshdesign.example>",
         to="billing@pixelcrate.example",
         subject="Billed again after cancelling",
         body="""\
Hello,

I cancelled my Pixelcrate Pro plan on 14 November (I have the confirmation email, ref CAN-77314), yet on 1 December my card was billed £24 again. Please refund this and confirm the subscription is actually closed so it doesn't happen again in January.

Thanks,
Owen Marsh"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Beatriz Lowe <bea.lowe@correo-uk.example>",
         to="refunds@skylarkair.example",
         subject="Refund for cancelled flight SK 2291 came back short",
         body="""\
Dear Skylark,

My flight SK 2291 Bristol to Faro on 8 November was cancelled and you agreed to a full refund. I paid £312.40. What arrived on my card yesterday was 312.40 EUR, which my bank turned into £271.86. So I'm about forty pounds out of pocket for a flight you cancelled.

Booking ref QZ8K4M. Could you please refund the difference?

Kind regards
Beatriz Lowe"""),

    dict(n=13, signals="payment", priority="low", trap="howto", qt=0, reply=0,
         frm="Sanjay Mehta <accounts@mehta-optometry.example>",
         to="billing@cloudledger.example",
         subject="Where do I find VAT invoices for last year?",
         body="""\
Hi, our accountant wants VAT invoices for all our CloudLedger payments in the 2025/26 tax year. I can see this month's invoice under Billing but not the older ones. Is there a way to download them all in one go, or do I need to ask you for them?

Thanks, Sanjay"""),

    dict(n=14, signals="payment,account", priority="high", trap="-", qt=0, reply=0,
         frm="Gwen Thackeray <gwen.thackeray@homemail.example>",
         to="accounts@brightwatt-energy.example",
         subject="Direct debit taken twice and I can't get into my account",
         body="""\
Hello,

You've taken my monthly direct debit twice this month, £148 on the 1st and another £148 on the 2nd. That's left me overdrawn and my bank has charged me a fee on top.

I tried to check it online but since you moved everyone over to the new customer portal my login doesn't work - it says 'account not found' for my email address, and the forgotten password link says the same thing. So I can't even look at my own bills. Customer number BW-3308812.

I need the second payment back this week please, money is tight this month.

Gwen Thackeray"""),

    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Declan Fry <declan.fry@outpost-mail.example>",
         to="support@tallyfinance.example",
         subject="No codes arriving, can't log in",
         body="""\
Got a new phone on Saturday, same number. Since then the login codes for the Tally app never come through, not by text and not with the 'call me instead' option either. I've waited 20 mins, restarted, tried with wifi off. Other texts arrive fine. I'm completely locked out and I've got bills going out of that account on Monday. What can I do?

Declan Fry"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Harriet Coles <hcoles@oldisp.example>",
         to="customerservice@loomandleaf.example",
         subject="Can't change the email on my account",
         body="""\
Hello,

I'm leaving my old email provider and want to change the address on my Loom & Leaf account to harriet.coles@newmail.example. When I type it under My Details and press Save I get 'Something went wrong, please try again later'. I've been trying for three days.

I can still log in with the old address for now, but that mailbox closes at the end of the month.

Thanks,
Harriet"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Nadia Kowalski <nadia@brightloop-studio.example>",
         to="support@taskharbor.example",
         subject="adding a colleague to our workspace",
         body="""\
Hi! Quick one - we've just taken someone on and I'd like to add her to our TaskHarbor workspace with access to the Clients board only. Where do I do that, and does it change what we pay?

Thanks, Nadia"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Chris Oduya <chris@oduya-events.example>",
         to="feedback@bookwell.example",
         subject="Your new week view is a killer feature",
         body="""\
Hi BookWell team,

Just wanted to say the new week view is a killer feature. Our front desk has been on fire since you rolled it out - we cleared a backlog of rebookings in one afternoon that usually eats a whole week. My manager nearly died laughing when I showed her how quick the drag-and-drop is.

One small wish: could cancelled slots be a slightly darker grey? They're hard to spot on our old monitors.

Cheers,
Chris"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Peter Lindqvist <p.lindqvist@harwood-accountants.example>",
         to="support@ledgerly.example",
         subject="Re: Planned maintenance - service outage Sunday 13 December",
         body="""\
Thanks for letting us know. Could you copy in our office manager, Sue Barrow (sue.barrow@harwood-accountants.example), on these notices in future? She looks after our scheduling.

Regards,
Peter

-----Original Message-----
From: Ledgerly Support <support@ledgerly.example>
Sent: 04 December 2026 11:20
Subject: Planned maintenance - service outage Sunday 13 December

> Dear customer,
>
> Ledgerly will be unavailable on Sunday 13 December between 02:00 and 05:00 GMT
> while we upgrade our database servers. During this window the service will be
> down, you will not be able to log in, and bank feeds will pause until the work
> is complete.
>
> Ledgerly Support"""),

    dict(n=20, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Ellen Marsh-Ford <e.marshford@greyfriars-legal.example>",
         to="events@vaultline.example",
         subject="Slides from Thursday's breach webinar?",
         body="""\
Hello,

I attended your webinar on Thursday, 'When ransomware hits: lessons from five real data breaches'. Really useful, especially the part about the attackers getting in through a forgotten VPN account. Are the slides or a recording available? I'd like to share them with the partners here.

Many thanks,
Ellen"""),

    dict(n=21, signals="-", priority="low", trap="injury-aside", qt=0, reply=1,
         frm="Rob Kendrick <rob.kendrick@kendrickjoinery.example>",
         to="sales@tradeflow.example",
         subject="Re: TradeFlow demo follow-up",
         body="""\
Hi Amira,

Sorry I went quiet on you. I tore a ligament in my knee playing five-a-side the week after we spoke, and then the van died on the M62 on my first day back, so it's been a fortnight from hell. Anyway, we've talked it over and we'd like to go ahead with the 3-user plan from January. Can you send the paperwork over?

Cheers,
Rob"""),

    dict(n=22, signals="-", priority="low", trap="charge", qt=0, reply=0,
         frm="Mei Tanaka <mei.tanaka@littlenest.example>",
         to="support@hallowhome.example",
         subject="How long to charge the doorbell before first use?",
         body="""\
Hi, just got the HH Video Doorbell 2. The leaflet says to fully charge the battery before mounting it but doesn't say how long that takes. Is it ok to leave it on charge overnight with a phone charger, or should I only use the cable from the box?

Thanks! Mei"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Fiona Grady <fiona.grady@brambleworks.example>",
         to="support@sheetsmith.example",
         subject="Export to Excel not doing anything in Chrome",
         body="""\
Hi,

Since Monday the 'Export to Excel' button in Reports does nothing when I click it in Chrome - no download, no error message. It works fine in Firefox, so I've done my month-end exports there and I'm not stuck. Just flagging it because the rest of my team are on Chrome.

Fiona"""),

    dict(n=24, signals="outage", priority="critical", trap="vip", qt=0, reply=0,
         frm="Daniel Achterberg <d.achterberg@cartwheel-retail.example>",
         to="enterprise-support@paygrid.example",
         subject="P1 - API returning 503 - Enterprise contract CW-ENT-0041",
         body="""\
PayGrid Enterprise Support,

Raising this as a P1 under our Enterprise agreement (contract CW-ENT-0041: 99.95% availability, 15-minute response on P1). Since 13:42 UTC roughly 70% of calls to /v2/sessions come back HTTP 503. Our checkout depends on that endpoint, so most of our customers can't complete an order. This is our peak trading week.

Your status page still shows all green and we've had no acknowledgement. Please assign an engineer and call our on-call lead on 07700 900521 now.

Daniel Achterberg
Head of Platform, Cartwheel Retail"""),
]
