# blind39 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Danielle Okafor <d.okafor@mailbox.example>",
         to="customercare@hearthwise.example",
         subject="Air fryer basket handle - model AF-550",
         body="""\
Hi,

Not sure who the right person is for this so I'm sending it here.

On Sunday my son (15) was taking the basket out of our AF-550 air fryer to shake the chips and the handle came away from the basket in his hand. The basket dropped onto the open drawer and the hot oil and chips went over his wrist and the top of his foot. We ran it under the cold tap for 20 minutes like you're supposed to, and the practice nurse dressed it on Monday. He's got a couple of blisters the size of a 50p. He's OK, just a bit sorry for himself.

Looking at the basket now, the two little plastic clips that hold the handle on have snapped clean off. It's about 8 months old and he wasn't doing anything unusual with it.

I've put it in the garage and we won't be using it again. I'd like to know what you want me to do with it, and honestly whether anyone else has had this happen, because I had no idea it could come off like that.

Order was from your website, ref HW-2281946.

Thanks,
Danielle Okafor
07700 900 418"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Graham Whitlock <gwhitlock@postbox.example>",
         to="help@staylets.example",
         subject="Booking SL-77420 - balcony at the Sliema apartment",
         body="""\
Hello,

We're staying at the apartment in Sliema we booked through you (SL-77420, 4-11 Dec). Last night my wife leant on the balcony rail to pull the shutter closed and the whole left section of the railing came away from the wall. She went forward with it and just managed to grab the shutter frame, otherwise she'd have gone two floors down onto the street. Her arm and ribs are black and blue and we spent half the night at the clinic in town for an X-ray. Nothing broken, thank God.

The railing is now hanging off the wall by one bolt over the pavement. I've tied it back with a bit of washing line but that's all I can do. We've rung the host three times this morning and it goes straight to voicemail.

We've got two teenagers with us and we're keeping everyone off the balcony. Can somebody get hold of the owner or send someone round today? And to be honest we'd rather not stay there another four nights.

Graham Whitlock
+44 7700 900 233

Sent from my iPhone"""),

    dict(n=3, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Priya Raman <priya.raman@inbox.example>",
         to="service@northgateheating.example",
         subject="New boiler fitted yesterday - smell in the kitchen",
         body="""\
Hi,

Your engineer (Kevin, I think) fitted our new combi boiler yesterday afternoon, job number NG-40517.

Since last night there's been a smell of gas in the kitchen, strongest by the cupboard where the pipe comes up through the floor. I thought it might just be the new parts bedding in, but it's still there this morning and my husband says it's stronger, not weaker. We've turned it off at the meter and opened all the windows, and the kids have gone to my mum's.

Could someone come back out this morning please? I'm in all day. Landline 01632 960 441.

Priya Raman
14 Ashdown Close"""),

    dict(n=4, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Tomasz Wilk <t.wilk@fastpost.example>",
         to="support@brightmobile.example",
         subject="New SIM I didn't order and my password changed",
         body="""\
Hello,

Around 3pm today my phone lost signal completely, it just says "SOS only". I assumed it was the mast. At 4:10 I got an email from you saying "Your new SIM has been activated" and at 4:25 another one saying the password on my account had been changed. I did not order a new SIM and I did not change anything.

Now I can't log in to My Bright, it says the password is wrong, and the reset code goes to my number, which I obviously don't have any more. My online banking also sends its codes to that number, so I've rung the bank from my wife's phone and they've frozen everything for now.

Please stop whatever SIM is active on 07700 900 862 and help me get my account back. I can come into a shop with my passport tomorrow morning.

Account number: BM-5520-1193

Tomasz Wilk"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sean Brennan <sean.brennan@dockside-logistics.example>",
         to="support@stockflow.example",
         subject="Couple of things + the dock scanners",
         body="""\
Hi team,

A few bits from today:

- The label printer on bay 3 is still cutting the barcode slightly short at the bottom. Not urgent, they still scan.
- Can you add "Pallet (half)" as a unit in the dropdown? Whenever you get a chance.
- Bigger one: since about 1:40 none of the handhelds on the goods-out dock will let the pickers confirm a pick. They scan, the spinner goes round, then "Request timed out (504)". Tried all 11 units, both wifi networks, rebooted the lot. The PCs in the office do the same when we try to mark orders as packed.

We've got about 140 orders staged on the dock and the courier collections are at 16:00 and 16:30. If nothing can be confirmed, nothing gets a label and nothing goes on the vans, and half of these are next-day for a client who charges us penalties on missed dispatch. I've got 8 people on the dock standing around right now.

Please ring me on 0161 496 0732 as soon as someone picks this up.

Sean Brennan
Shift Manager, Goods Out
Dockside Logistics Ltd"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Hannah Price <h.price@stmarksacademy.example>",
         to="support@examdesk.example",
         subject="Fwd: Year 11 mocks - students stuck on first page",
         body="""\
Please see below from our exams officer. This is urgent, we have 186 students sitting in the halls right now.

Hannah Price
Network Manager, St Mark's Academy

---------- Forwarded message ---------
From: Colin Ashby <c.ashby@stmarksacademy.example>
Date: Thu, 3 Dec 2026 at 09:07
Subject: Year 11 mocks - students stuck on first page
To: Hannah Price <h.price@stmarksacademy.example>

Hannah,

The science mock was due to start at 9:00. Students can sign in, but as soon as they press "Begin paper" they get a white page with "Error 502 Bad Gateway". Every single laptop, both halls. We've had them refresh and restart, nothing gets past it.

186 students, 9 invigilators, and the paper has to finish by 10:30 before period 3. If we can't start by 9:30 we'll have to send them back to lessons and re-sit the whole thing, which means rebooking both halls next week.

Colin"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Lily Brandt <lily@wildbloom-florals.example>",
         to="help@shopnest.example",
         subject="My shop just shows \"store unavailable\" since this morning!!",
         body="""\
Hi,

Since about 8 this morning anyone who goes to wildbloom-florals.example gets a grey page saying "This store is currently unavailable". I can log into my admin and everything looks normal in there, products, orders, all fine, and my subscription is paid (renewed on the 1st, I have the receipt).

It's just me running this, and December is when I make most of my money. Christmas wreath orders normally come in at 20-30 a day this week and I've had zero today. I've cleared the cache, tried on my phone on 4G, asked my sister to check from her house. Same grey page.

Please can someone look at it today?

Lily Brandt
Wildbloom Florals
(shop ID 55-80914)"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=1,
         frm="Ruth Callaghan <practice@meadowvale-vets.example>",
         to="support@petpractice.example",
         subject="Re: [Case 20931] Appointment reminder texts",
         body="""\
Hi Marcus,

Answers below.

> 1. When did the reminders stop going out?
Last one we can see in the log was Friday 27 Nov. Nothing since.

> 2. Are e-mail reminders still being sent?
Yes, the e-mail ones are going out fine, it's only the SMS.

> 3. Has anything changed in your SMS settings or credit?
Not that we know of. Credit shows 2,140 texts remaining.

> 4. How is this affecting your day-to-day work?
Booking, records and billing are all fine. Reception are ringing round the next day's appointments every afternoon to make up for it, which takes them about an hour, so we can cope, but we've had a few more no-shows than usual and would like it sorted when you can.

Thanks,
Ruth Callaghan
Practice Manager
Meadowvale Veterinary Clinic"""),

    dict(n=9, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Margaret Ellison <m.ellison@homemail.example>",
         to="customerservices@keystoneinsure.example",
         subject="Question about my December direct debit",
         body="""\
Dear Sir or Madam,

I noticed that the monthly payment for my car insurance (policy KM-3381620) came out at £42.17 this month instead of the usual £38.90. I haven't made any changes to the policy that I'm aware of, and I haven't made any claims.

I'm not disputing it, I'd just like to understand what the difference is for. Is it something to do with the renewal in January?

Many thanks,
Margaret Ellison"""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Andrei Popescu <andrei.popescu@webpost.example>",
         to="support@ticketvault.example",
         subject="Payed two times for same tickets",
         body="""\
Hello,

I bought 2 tickets for concert of The Hollow Pines in Manchester 19 December, order TV-8812-4470. When I pressed pay the page was loading very long and then was error, so I pressed again. Now I have only one confirmation email and one order in my account, but in my bank app the money is taken two times, 2 x £118.50.

Please can you give back the second payment? I attach the screenshot from the bank. I dont need more tickets, only the two.

Thank you and have a nice day,
Andrei Popescu"""),

    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Chloe Marsh <chloe.marsh@mailnest.example>",
         to="help@harbourbank.example",
         subject="Card declined in Lisbon - need to pay hotel today",
         body="""\
Hi,

I'm in Lisbon for work and since yesterday evening my debit card (ending 4417) gets declined everywhere, including at the cash machine. The app just says "Card restricted - contact us". I added the trip in the app before I left.

I have to check out of the hotel at 12 today and pay €612, and my flight is at 17:40. I've got about €30 in cash. I've tried the international number twice and waited 40 minutes each time.

Can you please unblock it or tell me what I need to do? I'm on this email or +44 7700 900 519 (WhatsApp).

Chloe

Sent from my phone"""),

    dict(n=12, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Daniel Forsyth <daniel.forsyth@corvidconsulting.example>",
         to="members@skylark-air.example",
         subject="Changing the e-mail on my Skylark Miles account",
         body="""\
Hello,

I'm leaving my current employer at the end of the month and my Skylark Miles account (member no. 4410 882 615) is registered to this work address. How do I move it over to my personal address? I couldn't see an option under Profile, only the phone number seems to be editable.

And will my tier status and miles carry over as normal once it's changed?

Kind regards,
Daniel Forsyth"""),

    dict(n=13, signals="payment,account", priority="medium", trap="-", qt=0, reply=1,
         frm="Jamie Okonkwo <jamieok@gamerpost.example>",
         to="support@arcadiaplay.example",
         subject="Re: [Ticket #48213] Account on hold",
         body="""\
hi again,

adding to the ticket as nobody's come back yet. i got your email saying my account was put on hold for a "failed payment" and now it won't let me sign in at all, just says Account on hold. but the payment DID go through, £12.99 on the 2nd, it's on my bank statement and i even got your receipt email for it.

the email says to update my card but i can't get to billing because i can't log in. so i'm stuck.

username is jamie_okk. can you take the hold off or refund the £12.99, one or the other

cheers
Jamie"""),

    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Eleanor Harcourt <e.harcourt@harcourtbell-law.example>",
         to="support@casevault.example",
         subject="URGENT - cannot sign in to CaseVault, court deadline 4pm today",
         body="""\
Dear CaseVault Support,

I cannot sign in to CaseVault this morning. I got a new phone on Saturday and the authenticator app didn't transfer, so the six-digit code is never accepted, and the "use another method" link sends a code to my old work mobile, which has been disconnected.

I am the only person at the firm with access to the matter files for Whitfield v Harlow Properties and we have to lodge the bundle with the court by 4pm today. My colleagues can log in normally; it is only my user (e.harcourt).

Please could you reset my two-factor authentication, or call me on 020 7946 0318 so you can verify me by phone. I can provide ID.

Kind regards,

Eleanor Harcourt
Senior Associate
Harcourt Bell Solicitors LLP
12 Fenwick Row, London EC4A 2XX
T: 020 7946 0318

This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it from your system; you must not copy, distribute or rely on it. Harcourt Bell Solicitors LLP is authorised and regulated by the Solicitors Regulation Authority. Beware of cyber fraud: we will never change our bank details by e-mail."""),

    dict(n=15, signals="-", priority="low", trap="phishing", qt=0, reply=0,
         frm="Bernard Kaye <bernard.kaye@oldmail.example>",
         to="support@swiftparcel.example",
         subject="Is this text really from you?",
         body="""\
Good afternoon,

I had the text message below on my mobile this morning. I am expecting a parcel from my grandson, so it did make me wonder, but I didn't press the link. My neighbour says it is one of these phishing scams. Could you tell me whether it is from you, and if not, I thought you would want to know that someone is using your name.

The message said:

"SwiftParcel: Your package could not be delivered due to an unpaid customs fee of £1.45. To avoid return to sender please pay within 24hrs: swiftparcel-redelivery.example/pay"

It came from the number +44 7700 900 991.

Yours sincerely,
Bernard Kaye"""),

    dict(n=16, signals="-", priority="low", trap="care-org", qt=0, reply=0,
         frm="Mark Tully <m.tully@westmoorfire.example>",
         to="orders@rescuegear.example",
         subject="Order RG-20771 - helmets and invoice copy",
         body="""\
Hi Sarah,

Two things on our order RG-20771 (12 x structural fire helmets, 12 x flash hoods):

1. Have you got a delivery date yet? No panic, the crews are using the old ones until then, but I need to plan a fitting session around the watch rota. Wednesdays are best as that's our drill night.

2. Could you send another copy of the invoice with our purchase order number WFR-PO-3317 on it? Finance won't pay it without.

It's been a busy week here - a chimney fire on Monday, a car fire on the bypass and two false alarms at the care home - so sorry if I've been slow getting back to you.

Thanks,
Mark Tully
Station Officer
Westmoor Fire & Rescue, Station 4"""),

    dict(n=17, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Joanne Fairley <jo.fairley@homeletters.example>",
         to="deliveries@oakandlinen.example",
         subject="Can we move my sofa delivery? Order OL-559204",
         body="""\
Hi there,

I have a sofa delivery booked for Thursday 10th December (order OL-559204, the Hartley 3-seater in sage). Unfortunately my dad died last week and the funeral is on the 10th, so there won't be anyone at the house.

Could we move it to the following week, any day from Tuesday 15th onwards? Mornings would be easiest.

Sorry for the short notice and thanks for your help.

Jo Fairley"""),

    dict(n=18, signals="-", priority="low", trap="solved", qt=0, reply=0,
         frm="Amir Haddad <amir@theloomcowork.example>",
         to="support@keylinknetworks.example",
         subject="Saturday night - all sorted, thanks",
         body="""\
Hi KeyLink team,

Just for the record: on Saturday at about 11pm our main switch crashed and took the door entry system down with it, so two of our members were locked out of the building and one was locked in the phone booth corridor (he found it funny, eventually). Your on-call engineer, Dev, talked me through a hard reset over the phone and everything was back up within 40 minutes.

Since then the fobs, the Wi-Fi and the printers have all been fine. No need to do anything, but could you note it against our account (site ID LOOM-02) in case it ever happens again?

Thanks again to Dev, he was very calm about it at midnight.

Amir Haddad
Operations, The Loom Coworking"""),

    dict(n=19, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Fiona McLeish <fiona.mcleish@glenmail.example>",
         to="sales@latchly.example",
         subject="Questions before I buy the Latchly Pro",
         body="""\
Hi,

I'm thinking of getting the Latchly Pro for our front door but I've a few questions first:

- What happens in a power cut? Does it stay locked, and can I still get in with the app?
- If there's a fire and the power goes, will it still open from the inside with the normal thumb turn?
- If your servers crash or your company goes bust, does the keypad still work or are we locked out for good?
- If someone steals my phone, how do I stop them opening the door?
- And if we get burgled, is there a log I can give the police or the insurance?

Sorry for all the questions, my husband is very suspicious of anything "smart".

Fiona"""),

    dict(n=20, signals="-", priority="low", trap="pitch", qt=0, reply=0,
         frm="Ryan Calloway <ryan.calloway@redlinesec.example>",
         to="support@greenleafpharmacy.example",
         subject="Your patient login page - quick question",
         body="""\
Hi there,

I'm reaching out because online pharmacies like yours are now one of the most targeted sectors for cyber attacks. Health data sells for ten times the price of a stolen credit card, and a single hacked patient account can turn into a data breach, a leak of prescription records, regulator fines and a PR disaster.

RedLine Security offers a fixed-price penetration test of your website and patient portal (from £3,900), with a full report and a retest within 10 working days. We work with over 60 pharmacies and clinics across the UK.

Would you have 15 minutes next week for a quick call?

Best regards,
Ryan Calloway
Business Development Manager, RedLine Security Ltd
To stop receiving these emails, reply STOP."""),

    dict(n=21, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Zoe Carrington <zoec@tunedin.example>",
         to="feedback@soundmoor.example",
         subject="The new shuffle is a disaster",
         body="""\
Hello Soundmoor people,

I've been a Premium subscriber for six years, so please take this as coming from someone who loves you.

The new "Smart Shuffle" is killing me. I've got a 1,400-song playlist and it plays the same 40 songs on repeat, it's criminal. And whoever decided to bury the queue behind two taps deserves to be locked in a room with my playlist on loop.

Please, please bring back the old plain shuffle as an option. Everything else in the app is great, and the new lyrics view is honestly fire.

Zoe"""),

    dict(n=22, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Bella Romano <bella@curlandco-salon.example>",
         to="support@bookrite.example",
         subject="Re: Booking system down - Curl & Co",
         body="""\
Brilliant, it's back, we can see the whole week again. Thanks Tom!

Bella

On Tue, 8 Dec 2026 at 10:52, BookRite Support <support@bookrite.example> wrote:
> Hi Bella,
>
> Sorry about this. We had a problem with one of our database servers this morning which affected a number of salons. It should be back now - could you refresh and let us know?
>
> Tom, BookRite Support
>
> On Tue, 8 Dec 2026 at 09:31, Bella Romano <bella@curlandco-salon.example> wrote:
> > Our booking system has been down since we opened at 9. None of the stylists can see today's appointments and clients are already arriving. Please help!!"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Keith Donnelly <keith.donnelly@mailbay.example>",
         to="returns@phonehub.example",
         subject="Re: Re: Refund for returned phone - order PH-662019 - THIRD TIME ASKING",
         body="""\
This is the third time I'm writing and I still haven't had a single reply from a human being.

The phone went back on 6 November and your own tracking shows it signed for at your warehouse on 9 November. It's now December and I'm still £649 out of pocket. I want the refund processed today, or I'm going to my bank for a chargeback and reporting you to Trading Standards.

Keith Donnelly

On 24 Nov 2026, at 19:02, Keith Donnelly <keith.donnelly@mailbay.example> wrote:
> Hello again. It's been over two weeks since you received the phone and there's still no refund. Your returns page says 5-7 working days. Can someone please look into this?
>
> On 13 Nov 2026, at 08:45, Keith Donnelly <keith.donnelly@mailbay.example> wrote:
> > Hi, I returned my Nova X2 under the 30-day return policy, order PH-662019. Tracking says it was delivered to you on 9 November. Please confirm when the refund of £649 will be processed."""),

    dict(n=24, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Natalia Brooks <n.brooks@meridianhotelgroup.example>",
         to="enterprise-support@channelwise.example",
         subject="Severity 2 - rate updates not reaching booking channels, 14 properties (MHG-ENT-2024)",
         body="""\
Hello,

I am raising this under our Enterprise agreement (contract MHG-ENT-2024, SLA schedule 3: 2-hour response for Severity 2 issues).

Since approximately 06:00 GMT today, rate and availability changes pushed from our revenue system have not been reflected on any of the booking channels for our 14 UK properties. Your dashboard shows the updates as "queued" with no errors. Reservations are still coming in, but at yesterday's rates, and the three London hotels had their weekend rates raised this morning for a conference our revenue team has been pricing for months.

We have paused manual changes to avoid conflicting updates. Please assign an engineer and confirm the ticket number and an expected time to resolution. Our account manager, James Tate, is in copy.

Regards,

Natalia Brooks
Head of Distribution
Meridian Hotel Group plc
Registered in England and Wales No. 00000000. Registered office: 1 Example Square, London.
This message is confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it."""),
]
