# blind36 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Gareth Pryce <g.pryce@holloway-pressings.example>",
         to="service@brenmark-machines.example",
         subject="Fwd: PB-400 line 2 - guard did not stop the ram",
         body="""\
Hi,

Forwarding the note from our night shift lead below. Line 2 is locked out and will stay that way until one of your engineers has looked at it. Please call me on 01632 960 418 as soon as you read this.

Gareth Pryce
Operations Manager, Holloway Pressings Ltd

---------- Forwarded message ---------
From: Dean Marsh <d.marsh@holloway-pressings.example>
Date: Thu, 3 Dec 2026 at 02:47
Subject: PB-400 line 2 - guard did not stop the ram
To: Gareth Pryce <g.pryce@holloway-pressings.example>

Gareth,
At about 01:30 Tomasz was clearing a misfed blank on the PB-400 (serial BM-40-2291). The light curtain was showing green but the ram came down anyway and caught two fingers of his left hand. First aider strapped it up and he's been taken to A&E, looks like at least one finger is broken.
Machine was in single-stroke mode, no faults on the HMI before or after. We've isolated it and tagged it out.
Dean"""),

    dict(n=2, signals="safety", priority="critical", trap="effect", qt=0, reply=0,
         frm="Priya Lal <priya.lal@mailbox.example>",
         to="care@snugglebaby.example",
         subject="WarmRight bottle warmer - milk came out boiling",
         body="""\
Hello,

I bought your WarmRight bottle warmer (model WR-2) from your website about a month ago, order SB-558201.

Last night I put a 150 ml bottle in on the normal setting like always and it clicked off after the usual time. I tested a few drops on my wrist, but the milk in the middle was scalding. My 4-month-old got some of it and now has two blisters on her lip and tongue. We spent half the night at the out-of-hours clinic; she is okay but very sore.

This morning I tried it with water and a thermometer: 94 degrees after one cycle. The base also smells of hot plastic.

I've stopped using it. What should I do with it, and have other parents reported the same thing?

Priya Lal

Sent from my iPhone"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Helen Okafor <helen.okafor@riversidephysio.example>",
         to="support@bookwell.example",
         subject="Small query about the diary view",
         body="""\
Dear BookWell team,

Sorry to bother you with what is probably a settings issue on our side.

Since this morning, when our receptionist opens the day view in the diary, she sees a few extra columns for practitioners we don't know. Clicking one shows the full appointment details - patient names, dates of birth, phone numbers and treatment notes - for what appears to be a chiropractic clinic in Leeds (we are in Bristol). I assume they may be able to see ours as well?

We haven't changed anything that I know of. Is this normal after an update? In the meantime we've asked staff not to open those columns.

Kind regards,
Helen Okafor
Practice Manager, Riverside Physiotherapy
0117 496 0732"""),

    dict(n=4, signals="safety,account", priority="critical", trap="forwarded", qt=0, reply=0,
         frm="Sam Whitfield <sam.whitfield@inbox.example>",
         to="help@corallink-mobile.example",
         subject="Fwd: phone not working and can't get into my account",
         body="""\
Hi, forwarding this from my dad - he's been trying to phone you for an hour and keeps getting cut off, and he's quite shaken. His number is 07700 900 382, account CL-4419207. Could someone ring me instead on 07700 900 115?

Thanks,
Sam Whitfield

---------- Forwarded message ---------
From: Roy Whitfield <roy.whitfield@inbox.example>
Date: Fri, 4 Dec 2026 at 10:12
Subject: phone not working and can't get into my account
To: Sam Whitfield <sam.whitfield@inbox.example>

Sam
Last night I got a text from Corallink saying "your SIM has been activated on a new device". I didn't do anything and I've not given my details to anyone. Since then my phone just says No Service. This morning I tried logging into my account on the computer and it says the password is wrong, and the email address on it has been changed to one I don't recognise.
Can you help, I don't know what to do
Dad"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Marco Bellini <marco@trattoria-bellini.example>",
         to="support@tillpoint.example",
         subject="URGENT - Trattoria Bellini, site ID TP-20931",
         body="""\
Hi,

Since about 18:40 none of our three tills will print - not the receipts and not the kitchen tickets either. Orders go in, the screen says "sent" and nothing comes out in the kitchen. The card readers are stuck on "waiting for host". We've restarted everything twice, router included.

It's Saturday night and we're fully booked, 90 covers. We're writing orders on paper and can only take cash. Please call 020 7946 0813 now.

Marco Bellini
Owner

Sent from my phone"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Jon Ellery <it@northgate-fulfilment.example>",
         to="support@shipgrid.example",
         subject="No labels since 14:00 - account NGF-0071",
         body="""\
Hello,

Since 14:02 every label request from our WMS returns an error and nothing has printed at any of our 6 pack stations.

From our integration log:
14:02:11 POST /v2/shipments 504 Gateway Timeout (req 8f3c1e)
14:02:41 POST /v2/shipments 504 Gateway Timeout (req 8f3c91)
14:17:05 POST /v2/shipments 502 Bad Gateway (req 90a7d2)

The dashboard still only shows this morning's carrier manifests. ~420 parcels are packed and waiting, and the DPD and Royal Mail collections are at 17:30. Your status page says all systems operational.

Please escalate. Direct line 0161 496 0552.

Jon Ellery
IT Lead, Northgate Fulfilment"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Chloe Baptiste <chloe.baptiste@webmail.example>",
         to="help@thistlebank.example",
         subject="App and online banking not working since yesterday",
         body="""\
Hi,

Since yesterday afternoon I can't get into the Thistle app or the website. The app spins on the splash screen and then shows "Something went wrong (error 503)". The website does the same. I've reinstalled the app and tried another phone and my laptop.

I need to pay my rent by tomorrow and move money between my accounts, and I can't do anything. Your phone line says the wait is over an hour.

Is there an outage, and when will it be fixed?

Chloe Baptiste
Customer no. 8820 4471"""),

    dict(n=8, signals="outage", priority="medium", trap="ticket", qt=0, reply=1,
         frm="Aoife Brennan <reservations@harbourview-hotel.example>",
         to="support@channelstack.example",
         subject="RE: [Ticket #CS-118204] Rates not updating on Booking.com",
         body="""\
Hi Liam,

Thanks, but it's still happening. Expedia, Airbnb and our own booking engine all picked up the new winter rates within minutes. Booking.com still shows the old November prices, and availability changes don't get through to it either - we had one room sold twice last night because of it. Everything else seems fine.

Last successful push to Booking.com in the sync log: 02/12 09:14.

Aoife Brennan
Reservations, Harbourview Hotel

-----Original Message-----
From: ChannelStack Support <support@channelstack.example>
Sent: 03 December 2026 11:02
To: reservations@harbourview-hotel.example
Subject: [Ticket #CS-118204] Rates not updating on Booking.com

Hello Aoife,

Thank you for contacting ChannelStack. We've refreshed the mapping for your Booking.com connection (property ID 771204). Could you make a small rate change and let us know whether it arrives within 15 minutes?

Kind regards,
Liam
ChannelStack Support"""),

    dict(n=9, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Neil Ashworth <neil.ashworth@postbox.example>",
         to="support@voltaroam.example",
         subject="Can't start any charge",
         body="""\
Hello,

Is it normal that the app hasn't been able to start a charging session since Sunday? Every time I pick a charger and tap Start, it sits on "Authorising..." for a minute and then says "Session could not be started (code E-214)". I've tried four different VoltaRoam chargers in two towns, same thing. The RFID card doesn't work either, the charger just beeps twice.

I have no home charger, so at the moment I can't charge the car at all. It's at 18% and I need it for work on Monday.

Member number VR-300-66812.

Thanks,
Neil Ashworth"""),

    dict(n=10, signals="payment", priority="medium", trap="list", qt=0, reply=0,
         frm="Rachel Owusu <rachel@owusu-accountancy.example>",
         to="billing@ledgerly.example",
         subject="A few things - account LED-20418",
         body="""\
Hello,

A few things from us, most important first:

- We've been charged twice for the annual Practice plan renewal: £588.00 on 1 December and another £588.00 on 2 December, both on the card ending 4417. Could you refund the duplicate, please?
- The logo on our PDF invoices has looked slightly cropped at the top since last week.
- Is there a way to set the default payment terms to 14 days for all new clients?

Many thanks,

Rachel Owusu FCCA
Director
Owusu & Partners Chartered Accountants
14 Mill Lane, Reading RG1 7QT
T: 0118 496 0921 | www.owusu-accountancy.example

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Owusu & Partners is registered in England and Wales, company no. 08812345. We will never change our bank details by e-mail."""),

    dict(n=11, signals="payment", priority="high", trap="followup", qt=0, reply=0,
         frm="Daniel Kowalczyk <dan.kowalczyk@fastmail.example>",
         to="refunds@skylark-air.example",
         subject="Refund still not received - booking ZK7Q4P",
         body="""\
Hello again,

Any news on this? I wrote on 12 November and again on 24 November and haven't had a single reply.

To repeat: you cancelled flight SK 412 London-Krakow on 9 November, I chose a refund instead of rebooking, and the app confirmed "Refund requested - £436.20". It's now almost four weeks and nothing has come back to my card.

That was money I'd put aside for the deposit on a new flat, due on the 15th. I need it back, not another automatic email.

Daniel Kowalczyk"""),

    dict(n=12, signals="payment", priority="medium", trap="inline", qt=0, reply=1,
         frm="Fiona Caldwell <fiona@caldwell-yarns.example>",
         to="merchants@payrova.example",
         subject="Re: Missing payout - merchant ID PRV-66021",
         body="""\
Hi Tom, answers below.

On Thu, 3 Dec 2026 at 15:22, Tom at Payrova <merchants@payrova.example> wrote:
> Could you confirm the date and amount of the payout you expected?

Friday 27 November, £1,240.55 - the dashboard shows it as "Paid" with reference PO-88213.

> Has your bank account changed recently?

No, same account (ending 0392) for three years, and the payouts before and after that one arrived fine.

> Do you see the amount in your bank statement under a different reference?

No, I've been through it line by line. Nothing between 26 November and today apart from the 20 November and 4 December payouts.

Thanks,
Fiona
Caldwell Yarns"""),

    dict(n=13, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Oksana Melnyk <oksana.melnyk@mailhub.example>",
         to="billing@brightwave-energy.example",
         subject="Question about my bill",
         body="""\
Hello,

I have receive my December bill (account 7720-114-09) and everything is okay, only I see one line "Paper bill fee £2.50" which I don't understand. I think I was choosing the email bills when I was signing up, but maybe I am wrong?

Is not a big problem, I just want to understand why this is charged and if I can stop it for the next months.

Thank you very much,
Oksana Melnyk"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Ollie Grant <ollie@pixelfold.example>",
         to="support@hostmarine.example",
         subject="2FA SMS codes not arriving - can't log in to control panel",
         body="""\
Hi,

Account: pixelfold (reseller, #HM-50219)

Since this morning the 2FA SMS codes don't arrive. Tried "resend" 5 times, waited 30+ min, phone has signal and gets other texts fine. Now it says "Too many attempts, try again in 24h".

Problem: a client's SSL cert (shop.greenacre-garden.example) expires tonight and auto-renew failed, so I need to get into the panel to reissue it today. Can you disable 2FA temporarily or send me a backup code another way? Happy to verify by phone.

Ollie Grant
Pixelfold Digital - 0113 496 0780"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Margaret Holt <m.holt@telco-mail.example>",
         to="online@fairshield-insurance.example",
         subject="Locked out of my online account",
         body="""\
Good afternoon,

I am trying to log in to my home insurance account to download my policy documents, policy number FSH-H-2209183. I think I typed the wrong password too many times, as it now says "Your account has been locked for your protection". I then clicked "Forgot password" and the email came, but when I click the link it says "This link has expired", even though I clicked it straight away. I've tried three times.

Could you unlock the account or tell me what I'm doing wrong? It isn't urgent, I need the documents for my renewal next month.

With thanks,
Margaret Holt"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Sunita Rao <s.rao@stmarks-academy.example>",
         to="help@classhive.example",
         subject="Re: Teacher can't log in after name change",
         body="""\
Hi Ben,

Sorry, that didn't work. Mrs Pritchard (formerly Mrs Jones) still gets "No account found for this email" when she signs in with p.pritchard@stmarks-academy.example, and the old address now says the same. So she has no way in at all and can't see her classes or set homework. Could you check whether her old account was deleted rather than renamed? Her user ID was CH-T-40881.

Thanks,
Sunita Rao
Network Manager, St Mark's Academy

On Wed, 2 Dec 2026 at 16:05, Ben (ClassHive Support) <help@classhive.example> wrote:
> Hi Sunita,
> I've updated the email on the account from p.jones@ to p.pritchard@stmarks-academy.example. She should be able to sign in with the new address straight away.
> Best, Ben
>
> On Wed, 2 Dec 2026 at 10:41, Sunita Rao <s.rao@stmarks-academy.example> wrote:
>> Hello, one of our teachers has changed her surname and her school email changed with it. How do we update her ClassHive login without losing her classes?
>> Thanks, Sunita"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Graham Fielding <graham.fielding@inbox.example>",
         to="support@medirepeat.example",
         subject="How do I change the email on my account?",
         body="""\
Hi there,

I've got a new email address (this one) and would like to use it for my MediRepeat account instead of the old one, g.fielding@oldisp.example, which I'm closing in January. I can log in fine, I just can't find where to change it in the app - the email field under Profile is greyed out.

Do I need to do this somewhere else, and will I have to set up the fingerprint login again afterwards?

Thanks,
Graham Fielding"""),

    dict(n=18, signals="-", priority="low", trap="audit", qt=0, reply=0,
         frm="Imran Siddiqui <i.siddiqui@hartley-cole-law.example>",
         to="sales@docuvault.example",
         subject="Security questionnaire before we sign - Hartley Cole LLP",
         body="""\
Hello Jess,

Thanks for the call on Tuesday. Before our partners sign the order form, our compliance team needs a few answers in writing:

1. Have you had any data breach or security incident in the last 36 months, and how were customers notified?
2. What are your RTO and RPO if your primary data centre goes down, and when did you last test failover?
3. Are accounts locked after failed password attempts, and can we enforce SSO with our Entra ID tenant?
4. Can you share your latest penetration test summary and your ISO 27001 certificate?

No rush - end of next week is fine.

Best regards,
Imran Siddiqui
IT Manager, Hartley Cole LLP"""),

    dict(n=19, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Lucy Tran <lucy.tran@homemail.example>",
         to="help@flickbox.example",
         subject="Re: Account locked - can't sign in on TV",
         body="""\
That did it, I'm back in on the TV and the kids' profiles are all still there. Thanks so much for the quick help!

Lucy

On Mon, 7 Dec 2026 at 18:32, FlickBox Help <help@flickbox.example> wrote:
> Hi Lucy,
> Sorry about that. Your account was locked after several failed sign-ins from an old device. We've unlocked it and sent you a password reset link - once you've set a new password, sign in on the TV again.
> FlickBox Help
>
> On Mon, 7 Dec 2026 at 17:50, Lucy Tran <lucy.tran@homemail.example> wrote:
>> Hi, since this afternoon I can't sign in on our TV or my phone. It says "Your account is locked" and the reset email never comes. The account is under this email address.
>> Lucy"""),

    dict(n=20, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Jamie O'Connor <jamie.oconnor@mailbox.example>",
         to="help@gigstack.example",
         subject="Kill Switch at the Arena - accessible seats question",
         body="""\
Hi,

I'm thinking of buying two tickets for Kill Switch's "Burn It Down" tour at the Northfield Arena on 20 March - it's going to be fire, and my brother would never forgive me if we missed it.

Before I buy: he uses a wheelchair, so are the accessible platform spaces sold through you or do I have to call the venue? And if he's ill on the night, can the tickets be transferred, or what's your refund policy?

Cheers,
Jamie"""),

    dict(n=21, signals="-", priority="low", trap="fire-drill", qt=0, reply=0,
         frm="Pauline Hardcastle <pauline.hardcastle@eastmoor-council.example>",
         to="bookings@sentinel-facilities.example",
         subject="Fire evacuation drill and first aid refresher - Civic Centre",
         body="""\
Dear Sentinel Facilities,

Under our contract (ref EMC-FM-2024-07) we're due our annual fire evacuation drill at the Civic Centre, Station Road. Could we book it for the week of 18 January, ideally a Tuesday or Wednesday morning? Please only give the exact date to the fire wardens, not to other staff.

While I have you: six of our first aiders need the Emergency First Aid at Work refresher before their certificates expire in February. Do you still run the one-day course on site, and what's the maximum group size?

Kind regards,
Pauline Hardcastle
Facilities Officer, Eastmoor District Council
01632 960 271"""),

    dict(n=22, signals="-", priority="low", trap="feature-request", qt=0, reply=0,
         frm="Hannah Lowe <manager@little-acorns-nursery.example>",
         to="feedback@kinderloop.example",
         subject="Feature request: second emergency contact and allergy alerts",
         body="""\
Hello KinderLoop team,

We've been using KinderLoop at Little Acorns for a year now and the staff love it - the daily diary has saved us hours.

Two suggestions from our practitioners:
- The child profile only has room for one emergency contact. Most parents give us two or three (grandparents, childminder), so at the moment we keep the others on paper. Could you add more?
- It would be great if allergies (nuts, dairy, etc.) showed as a red banner when a child is selected at lunchtime, instead of sitting in the notes tab.

Nothing urgent, just ideas for your roadmap.

Best wishes,
Hannah Lowe
Nursery Manager"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Steven Pike <steve.pike@homemail.example>",
         to="customercare@voltmart.example",
         subject="Re: Re: Refund for returned laptop - order VM-7712094",
         body="""\
This is the THIRD time I'm writing. Still no refund and still no answer from a human being.

I've now waited over four weeks for £899. If it isn't back on my card by Friday I'll ask my bank for a chargeback and report you to Trading Standards.

Steven Pike

On Tue, 24 Nov 2026, Steven Pike wrote:
> Hello, just following up on my mail below. It's been two weeks since your warehouse signed for the laptop and I still haven't had my £899 back. Could someone please look at this?
>
> On Tue, 10 Nov 2026, Steven Pike wrote:
>> I returned the laptop from order VM-7712094 within the 30 days (faulty screen). Tracking shows it was delivered to your returns centre on 9 November, signed for by "K. Dale". The refund should go back to my Visa ending 2210. When can I expect it?"""),

    dict(n=24, signals="outage", priority="critical", trap="vip", qt=0, reply=0,
         frm="Victoria Shaw <victoria.shaw@marlow-brokers.example>",
         to="enterprise-support@callsphere.example",
         subject="P1: inbound calls failing at all three offices - Enterprise contract CS-ENT-0093",
         body="""\
Dear CallSphere Enterprise Support,

I'm writing on behalf of our operations team. Since 08:50 today no external call is reaching any of our three offices (Leeds, Manchester, Sheffield). Callers hear a single ring and then "the number you have dialled is not available". Outbound calls and internal extensions work.

Our claims line runs on these numbers, roughly 400 calls a morning, and our clients currently cannot reach us at all.

Under our Enterprise agreement (CS-ENT-0093, schedule 3) this is a Priority 1 incident with a 30-minute response time and 99.95% monthly availability. We logged it on the portal as INC-556120 at 09:05 and have had no call back. Please escalate to your duty manager and update me every hour.

Victoria Shaw
Head of Operations
Marlow Insurance Brokers Ltd
Tower House, 3 Wellington Street, Leeds LS1 4DL
Direct: 0113 496 0155 | Mobile: 07700 900 641
Marlow Insurance Brokers Ltd is authorised and regulated by the Financial Conduct Authority (FRN 123456)."""),
]
