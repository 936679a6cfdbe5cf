# blind43 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Hannah Okafor <hannah.okafor@mailbox.example>",
         to="help@lullacam.example",
         subject="Plug on the nursery camera",
         body="""\
Hi,

We've had the Lullacam Duo for about eight months. The camera unit sits on the shelf above our son's cot.

Last night around 2am my husband noticed a smell like hot plastic in the nursery. The power adapter in the wall socket was too hot to touch, and when he pulled it out the casing had gone soft and brown on one side. There's a black mark on the socket faceplate too. The cable runs down the wall right next to the cot.

We've unplugged it and moved our son into our room for now. I've kept the adapter and taken photos. It's the original adapter that came in the box, we've never used a different one.

Can you tell me what happens now? We have a second camera in our daughter's room with the same adapter and I'm not sure whether I should be using that one either.

Hannah Okafor
Order LC-558213"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Gary Whitlock <g.whitlock61@postbox.example>",
         to="orders@medsdirect-pharmacy.example",
         subject="Dad's repeat prescription - wrong tablets?",
         body="""\
Hello

My father's repeat order came on Tuesday (order 4471-0932). He takes warfarin 1mg. The label on the box has his name and says 1mg but the strips inside say 5mg. He's been taking them since Wednesday morning, same number of tablets as always.

He's 83 and I've just noticed big bruises on both his arms, and his gums bled this morning when he brushed his teeth.

I'm taking him to the walk-in centre now but they'll want to know exactly what he's had. Can someone ring me on 07700 900418 please.

Gary

Sent from my iPhone"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Priya Raman <priya.raman@fastmail.example>",
         to="support@rovacar.example",
         subject="Trips on my account I didn't take",
         body="""\
Hi,

I've just had four payment notifications from you in the last hour: £23.40, £31.10, £18.75 and £42.00, all for trips starting at Manchester Piccadilly. I live in Bristol and I'm sitting at my desk at work. I haven't driven one of your cars since October.

My phone is with me and I'm still logged in on it. The trips show up under "History" on my account but I didn't book any of them.

Please stop whatever is going on and put the money back. I rang my bank and they said to contact you first.

Priya Raman
Member no. 20-448172"""),

    dict(n=4, signals="safety,account", priority="critical", trap="implicit", qt=0, reply=1,
         frm="Tom Brennan <tombrennan88@inbox.example>",
         to="support@tandemheart.example",
         subject="Re: [Ticket #882041] We've received your request",
         body="""\
Still haven't heard anything and it's getting worse.

Since yesterday I can't log in. My password doesn't work and the reset link goes to an email address that isn't mine (something like m.k.l9@..., never seen it before). Two of my matches have now messaged me on Instagram asking why "I" sent them a link and asked them to buy gift cards for me. My photos are still up so people think it's me.

Please take the profile down or freeze it until I can get back in. The phone number on the account is 07700 900562 and I signed up in March 2025.

Tom

On Wed, 2 Dec 2026 at 21:14, Tandem Support <support@tandemheart.example> wrote:
> Hi Tom,
>
> Thanks for getting in touch. We've received your request and one of
> our team will get back to you within 48 hours.
>
> Ticket: #882041
> The Tandem Team"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Joanne Pritchard <j.pritchard@beechwoodcare.example>",
         to="servicedesk@caremar.example",
         subject="URGENT - eMAR stuck on loading at all three homes, meds round due",
         body="""\
Hello,

Since about 06:40 this morning none of the tablets at Beechwood, Elm Lodge or Harlow House get past the loading screen of the eMAR. Staff can log in, then the resident list stays blank with the spinning circle. We have restarted the tablets and the router at Elm Lodge with no change, and the desktop version at head office shows the same blank list.

That is 142 residents across the three homes and the 08:00 medication round is starting now. Nurses are working from last Friday's paper MAR printouts, which are out of date for at least 11 residents whose medication changed this week.

Please call me as soon as someone picks this up: 01632 960214 or mobile 07700 900731.

Kind regards,

Joanne Pritchard
Registered Manager / Clinical Lead
Beechwood Care Group Ltd
Beechwood House, 14 Station Road, Harlow CM20 9ZZ

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error, please notify the sender immediately and delete it from your system. Any views expressed are those of the author and not necessarily those of Beechwood Care Group Ltd. Registered in England and Wales, company no. 08812345. Registered office as above."""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Marco Bellini <marco.b@pastafresca-group.example>",
         to="support@tillpoint.example",
         subject="All 12 sites - orders stuck on 'Sending', card terminals timing out",
         body="""\
Hi team,

Since about 11:50 every till in all 12 Pasta Fresca restaurants shows new orders stuck on "Sending..." and nothing reaches the kitchen printers. The card terminals time out as soon as the amount is entered.

We're writing orders on paper and taking cash only, and Leeds and York are already turning people away because of the queues. Lunch is our busiest service of the day.

Ops line 0113 496 0871, I'm at the Leeds site all day.

Marco Bellini
Operations Manager, Pasta Fresca Group"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Dave Kettle <dave@kettledriving.example>",
         to="help@lessonbook.example",
         subject="app",
         body="""\
Calendar won't open on the app or the website since last night, just spins. Got 6 pupils today and can't see who's when or where I'm picking them up. Can someone call me 07700 900319
Dave (Kettle Driving School)

Sent from my Samsung Galaxy smartphone."""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Dr Sarah Lindqvist <s.lindqvist@northfieldlabs.example>",
         to="support@labtrack-lims.example",
         subject="Certificate of Analysis PDF export fails since 4.2 update",
         body="""\
Hello,

Since the update to 4.2 on Monday, generating a Certificate of Analysis PDF from a completed sample gives "Export failed (code 5012)". Results entry, review and sign-off all behave normally and the results display correctly on screen.

For now we are copying the results into our old Word template and sending those to clients. That does the job but costs us about ten minutes per certificate, and we issue roughly 30 a day, so we can manage for a week or so but would appreciate a fix or at least an estimate.

Example sample IDs: NF-26-11873, NF-26-11880.

Best regards,
Sarah Lindqvist
Quality Manager, Northfield Laboratories"""),

    dict(n=9, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Eileen Marsh <eileen.marsh@homemail.example>",
         to="customerservices@metrocard.example",
         subject="Top-ups taking a while to show",
         body="""\
Hello,

Not a big deal, but I thought you'd want to know. When I top up my card in the app, the new balance takes quite a while to appear. Yesterday it was about twenty minutes. The money does go on and the card works fine on the buses, it's just that the app keeps showing the old balance for a bit, which had me scratching my head the first time.

Kind regards,
Eileen Marsh"""),

    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Rachel Doherty <rachel.doherty@mailbox.example>",
         to="hello@wagandbowl.example",
         subject="Question about my last invoice",
         body="""\
Hi there,

Quick question, nothing urgent. My November invoice (WB-2026-118294) has a line "Delivery surcharge £1.99" that I haven't seen before. Every other month it's just the two bags of salmon kibble and the chews.

Is that a new charge for everyone, or is it because I moved my delivery day to Saturday? If it's the Saturday thing I'm happy to switch back to Thursday, Biscuit doesn't mind which day his dinner turns up :)

Thanks,
Rachel"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Steven Carr <steve.carr@webmail.example>",
         to="bookings@coastcottages.example",
         subject="Deposit taken TWICE - booking CC-30417",
         body="""\
Hello,

I booked Gull Cottage in St Ives for 14-21 February (booking CC-30417) on Sunday. My credit card now shows two payments of £350.00 to Coast Cottages on the same day, both for the deposit. The confirmation email only mentions one deposit.

I've tried your phone line twice today and was on hold for 40 minutes each time before giving up. This really isn't good enough.

Please refund the second £350 and confirm by email.

Steven Carr"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Wojciech Nowak <w.nowak@poczta.example>",
         to="returns@clearsound-hearing.example",
         subject="Re: Your return RMA-22871",
         body="""\
Hello,

sorry to write again. It is now almost 3 weeks since you send me this mail and still I dont have the money back on my card. It is £1,240 so it is not small money for me, I check my bank every day. Can you please look what happen and tell me when it will come?

Thank you
Wojciech Nowak

On Tue, 10 Nov 2026 at 09:12, ClearSound Returns <returns@clearsound-hearing.example> wrote:
> Dear Mr Nowak,
>
> We have received the returned hearing aids (2x Aura 7 RIC) and
> everything is in order. A refund of £1,240.00 has been issued to your
> original payment method and should appear within 5-7 working days.
>
> Kind regards,
> ClearSound Returns Team"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Lucy Fenwick <lucy@fenwickflowers.example>",
         to="sellers@bloomhub-market.example",
         subject="Fwd: Your payouts are on hold",
         body="""\
Hi,

Please can somebody actually look at this. I've had the message below three times now and no answer from the seller team. There's £6,870 from the last fortnight's orders sitting with you. I have to pay the Dutch wholesaler on Thursday for the Christmas stock and my two part-timers on Friday, and without that money I can't do either.

Everything you asked for (ID, bank statement) was uploaded on 24 November.

Lucy Fenwick
Fenwick Flowers, 3 Market Row, Ludlow
07700 900244

---------- Forwarded message ---------
From: BloomHub Seller Payments <no-reply@bloomhub-market.example>
Date: Mon, 30 Nov 2026 at 08:02
Subject: Your payouts are on hold
To: <lucy@fenwickflowers.example>

Hi Lucy,
Your payouts are currently on hold pending verification. Any balance will be released once the review is complete.
BloomHub Seller Payments"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Amelia Hart <amelia.hart@mailbox.example>",
         to="support@littlesteps-app.example",
         subject="Changing the email address I log in with",
         body="""\
Dear Little Steps team,

I hope you are well. I use the Little Steps app for my daughter's nursery (Acorn Tree Nursery, Didsbury) and log in with my work email address. I'm leaving that job at the end of the month, so I would like to move the login over to my personal address, which is this one.

I couldn't see an option for it under Settings > Profile. Could you possibly tell me how to do it, or whether it's something the nursery has to change for me? I'd hate to lose the photos and diary entries we have on there.

Many thanks in advance,
Amelia Hart"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Kwame Asante <kwame.asante@postbox.example>",
         to="support@lockerbox.example",
         subject="Re: Case 55190 - verification codes",
         body="""\
Hi Jess, answers below.

On 3 Dec 2026, at 16:40, Jess (LockerBox Support) <support@lockerbox.example> wrote:
> 1. Which phone number is currently saved on your account?

The old one, 07700 900118. I changed my number last week to 07700 900655 and I can't update it in the app because it sends the code to the old one.

> 2. Are you receiving any SMS from LockerBox at all?

Nothing on the new number, and the old SIM is cut off.

> 3. Do you have a parcel waiting?

Yes, at the Kingsway Tesco locker. It says I have until Thursday before it goes back. It's a birthday present so I'd really like to get it.

Thanks,
Kwame"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Neil Ashworth <neil@ashworthjoinery.example>",
         to="support@ledgerly.example",
         subject="A few things on our Ledgerly account",
         body="""\
Hi,

A few bits when someone has a moment:

- The logo on our invoices has gone a bit blurry since we re-uploaded it. Is there a size you recommend?
- Can invoice numbers start at 2027-001 from January, or do they have to carry on from where they are?
- More important: our bookkeeper Karen left on Friday and she's still listed as an admin with her own login. I can't remove her because it says she's the "account owner". Can you move the owner role to me and take her access off? She left on good terms, we just don't want her in the books any more.

Thanks,
Neil Ashworth
Director, Ashworth Joinery Ltd"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Shauna Delaney <s.delaney@delaneyhaulage.example>",
         to="support@routemaster-tms.example",
         subject="Locked out - need access before 3pm",
         body="""\
Hi,

I'm the transport planner here and I'm locked out of RouteMaster. After the password reset this morning it says "Account locked - contact your administrator", and I am the administrator. The other two users only have driver logins.

I need to release tomorrow's delivery runs to the drivers by 3pm today, otherwise they won't have manifests for the 5am starts.

Username sdelaney, company ID DH-0412. Please ring 0161 496 0553 as soon as you can.

Shauna Delaney
Delaney Haulage Ltd"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Chloe Adebayo <chloe.adebayo@inbox.example>",
         to="hello@fithub-leeds.example",
         subject="Tuesday's Inferno class!!",
         body="""\
Hiya,

Just wanted to say the new Tuesday 6pm Inferno class with Jordan absolutely killed me, in the best way. My legs were on fire by the second round and I genuinely thought I was going to die on the last set of burpees. Three of us from work went and we were dead on our feet afterwards, then went straight back for more on Thursday, ha.

Is it staying on the timetable after Christmas? There's a rumour going round the changing rooms that it's being dropped for a stretch class, which would honestly be a crime. And any chance of a second slot at the weekend? Saturday mornings would be a killer.

Cheers,
Chloe
(membership no. 7731)"""),

    dict(n=19, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Imran Siddiqui <i.siddiqui@brightline-contact.example>",
         to="support@callguard.example",
         subject="Crash course for new agents - fraud & chargeback module",
         body="""\
Hello,

We're taking on 25 new agents in January for a banking client's line. They'll be handling fraud reports, chargeback disputes, stolen card calls and password resets using your CallGuard scripts. Do you run a crash course on the fraud and chargeback module, ideally a one-day session on site in Sunderland?

A few questions:
- What does the one-day course cost, and is there a discount for groups over 20?
- Does it cover the locked-account and compromised-login scripts, or is that a separate module?
- Can the trainer use a sandbox so the new starters can't accidentally block real customers?

The week of 11 January would suit us best.

Best wishes,
Imran Siddiqui
Training & Quality Lead, Brightline Contact Centres"""),

    dict(n=20, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Becky Lowe <becky.lowe@radiowavefm.example>",
         to="orders@inkwellprint.example",
         subject="Posters for Meltdown & Blackout Night - quote please",
         body="""\
Hi Inkwell,

Hope you're well! We need posters again for two events in February:

1. "The Meltdown" - the breakfast show's live charity night at the Corn Exchange, 6 Feb. A2, 200 copies. The artwork is fire and flames all over, deep reds and oranges, so please use the same paper as last time, the colours really exploded on that.
2. "Blackout Night" - the rock show's silent disco, 20 Feb. A3, 150 copies, mostly black with neon.

The deadline is killing us as usual: artwork will be with you by 15 January, could you have them back to us by the 22nd? And could you send the proofs as a password-protected PDF like before? Same password is fine.

Thanks a lot,
Becky Lowe
Events & Promotions, Radio Wave 97.4 FM"""),

    dict(n=21, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Margaret Dunne <margaret.dunne@homemail.example>",
         to="customer.care@severnvalewater.example",
         subject="Thank you to the crew on Alder Close",
         body="""\
Dear Sir or Madam,

I wanted to pass on my thanks to the emergency crew who came out on Sunday night when the main burst at the end of Alder Close. The road was flooded like a river and half the street had no water until the early hours, and it was bitterly cold.

The young man who knocked on my door to check on me (I'm 84 and live alone) even went back to the van to fetch me some bottled water. They had it all mended and the road swept by morning, you would never know there had been a leak.

Please tell them they are a credit to you.

Yours faithfully,
Margaret Dunne
17 Alder Close"""),

    dict(n=22, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Josh Pemberton <josh.pemberton@fastmail.example>",
         to="support@pedalshare.example",
         subject="Re: Charged for a ride that never started",
         body="""\
Brilliant, I can see the £18 back on my card this morning, thanks for sorting it so quickly.

Unrelated, but are the e-bikes coming to Headingley any time soon? Most of the bikes at the Otley Road dock are standard ones and that hill is brutal.

Josh

On Fri, 4 Dec 2026 at 14:22, PedalShare Support <support@pedalshare.example> wrote:
> Hi Josh,
>
> Sorry about that. I've refunded the £18.00, it should show within 3-5 days.
>
> PedalShare Support
>
>> On 3 Dec 2026, Josh Pemberton wrote:
>> I've been charged £18.00 for a ride that never started. The bike at
>> Otley Road wouldn't unlock, I gave up after 5 minutes and then got
>> billed for a 3-hour ride. Please refund it, this is the second time."""),

    dict(n=23, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Daniel Osei <daniel.osei@inbox.example>",
         to="support@brightmobile.example",
         subject="Re: Re: Number transfer - STILL no service",
         body="""\
This is the THIRD time I'm writing and I still haven't had a single reply from an actual person.

My number was supposed to transfer over on 25 November. It's now well over a week later. Your SIM shows "No service", my old SIM was cut off the same day, so I've had no calls, no texts and no data since. I'm self-employed and my customers ring that number. I've already missed jobs because of this.

I want someone to call me TODAY on my partner's phone, 07700 900872.

Daniel Osei
Account 6612 3340

On Mon, 30 Nov 2026 at 08:15, Daniel Osei <daniel.osei@inbox.example> wrote:
> Second email. Still no service on the new SIM and still no answer from you.
> Please look at this urgently, I'm losing work.
>
>> On Thu, 26 Nov 2026 at 19:02, Daniel Osei <daniel.osei@inbox.example> wrote:
>> Hi, my number was meant to move over to you yesterday (PAC code given
>> when I signed up). The new SIM says No service and the old one has
>> stopped. Can you check what's happening?"""),

    dict(n=24, signals="outage,account", priority="critical", trap="vip", qt=0, reply=0,
         frm="Helen Carmichael <helen.carmichael@northbrook-council.example>",
         to="enterprise-support@civicdesk.example",
         subject="P1 under SLA - staff unable to sign in to CivicDesk (SSO)",
         body="""\
Dear CivicDesk Support,

I am raising this as a Priority 1 incident under our Enterprise Support Agreement (contract ref. NBC-CD-2024-017, one-hour response).

Since approximately 08:30 today none of our staff can sign in to CivicDesk. The Microsoft sign-in completes, then your page returns "SAML response invalid" and sends them back to the start. This affects around 180 staff across the contact centre, housing and revenues teams, and the customer service counters at both the Town Hall and the Eastgate office have had to stop taking enquiries. Nothing has changed on our side and our identity team confirms our signing certificate is valid until 2028.

Please acknowledge within the SLA window and call our ICT service desk on 01632 960500 (our ref. INC-447120).

Regards,

Helen Carmichael
Head of Digital Services
Northbrook Borough Council"""),
]
