# blind18 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Gareth Pryce <gareth@pryce-family-butchers.example>",
         to="service@slicemaster.example",
         subject="SM-350 slicer - blade cover came off mid-cut",
         body="""\
Hi,

This morning at about 7.40 my apprentice was running a leg of gammon through the SM-350 you
serviced last Tuesday. Halfway through the cut there was a loud metallic rattle, then the round
cover plate over the blade came away while the blade was still spinning and flew across the
back room. It took a chunk out of the plaster about a foot from his head and ended up under
the mincer.

The knob that holds the cover was still on the spindle, just spun loose. Your engineer had
that cover off on Tuesday to sharpen the blade.

The machine is unplugged and taped off. Nobody is to touch it until someone from you has
looked at it. Please ring me on 01632 960418 today.

Gareth Pryce
Pryce Family Butchers, Llandeilo"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Siobhan Keane <siobhan@thecoopersarms.example>",
         to="support@frostline-ice.example",
         subject="Ice from the FL-80 since Thursday's descale",
         body="""\
Hello,

Your technician descaled our FL-80 ice machine on Thursday afternoon. Since then:

- Friday night two customers were sick in the toilets within an hour of ordering gin and
  tonics. We put it down to the drink.
- Saturday another three, all with soft drinks or G&Ts, so all with ice. One woman was
  vomiting in the car park and her husband took her home.
- The ice has a faint sharp smell, a bit like a swimming pool, when you hold a scoop up to
  your nose. My barman opened the bin door on Sunday morning and had to sit down for a few
  minutes, said his head was swimming and his eyes were stinging.

We have emptied the bin and are buying bagged ice for now. What did your man put through it
and what do we have to do to flush it out? I need someone here today, not next week.

Siobhan Keane
The Coopers Arms
07700 900562"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Priya Raman <priya@ramanandco-accountants.example>",
         to="help@ledgerdock.example",
         subject="URGENT - client can see another client's documents in the portal",
         body="""\
Hi LedgerDock team,

One of our clients, a sole trader, logged into our LedgerDock client portal this morning to
upload her receipts. Under "Documents from your accountant" she found the payslips, P60, a
passport scan and bank statements of a completely different client of ours - a limited company
director she has never heard of. She rang us straight away and sent screenshots.

We never uploaded those files to her folder; the audit log shows them being filed into the
correct folder on 3 March. So something on your side is mixing up folders. This is a personal
data breach and we will have to report it to the ICO within 72 hours, so I need to know:

1. Since when this has been happening
2. Whether other clients of ours can see files that are not theirs
3. Who else has opened those documents

Until then we have told all clients not to log in. Please call me on 01632 960733.

Priya Raman ACA
Raman & Co Chartered Accountants"""),

    dict(n=4, signals="safety,outage", priority="critical", trap="mixed", qt=0, reply=0,
         frm="Night Manager - Willowmere House <nights@willowmerehouse.example>",
         to="support@carecall-systems.example",
         subject="Nurse call pagers silent - resident found on floor",
         body="""\
To whoever is on call,

Our CareCall handsets stopped ringing at some point after 1am. The call buttons in the rooms
still light up and the panel in the corridor shows the calls, but none of the carers' pagers
go off, so unless someone happens to walk past the panel nobody knows.

At 3.20 a carer doing her round found Mrs D. in room 14 on the floor beside her bed. The panel
showed her call from 2.38. She had been lying there for over forty minutes.

We have 31 residents, most of them cannot get out of bed on their own. Right now I have put
one carer permanently at the panel and we are doing checks every 20 minutes, but with four
staff on nights that leaves the floors short. This is a real risk to our residents and I need
an engineer tonight.

Direct line: 01632 960281

Marta Kowalczyk
Night Manager, Willowmere House"""),

    # 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="mixed-lang", qt=0, reply=0,
         frm="Alejandro Ruiz <alejandro@casaruiz-tapas.example>",
         to="support@tablewise.example",
         subject="Bookings not arriving on the tablet - full restaurant tonight",
         body="""\
Hello,

Since around noon today no new bookings are showing on the TableWise tablet at the host stand.
Guests are walking in with the confirmation e-mail from your system and we have no record of
them. At lunch we gave away the same table twice and had to send a family of six away.

We are now phoning every guest in the confirmation e-mails and writing the whole evening on a
sheet of paper. Saturday night, 110 covers, and I have no idea who is coming.

Por favor, llámenme lo antes posible, esto es un desastre. Sorry - please call as soon as you
can: 07700 900174.

Alejandro Ruiz
Casa Ruiz Tapas Bar"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dean Whitlock <d.whitlock@harrowfield-construction.example>",
         to="support@gatepoint-access.example",
         subject="Site 7 turnstiles - 60 men stuck outside",
         body="""\
Morning,

Every badge at the Site 7 (Kestrel Road) turnstiles is flashing red since 06:30. About sixty
operatives are stood outside the gate. We can't let them through the pedestrian gate without
a record of who is on site, the principal contractor won't allow it. The concrete lorries are
booked for 08:00 and we will be paying for them to sit in the road.

Power cycled the controller twice. Same thing.

Dean Whitlock
Site Manager, Harrowfield Construction
07700 900845"""),

    dict(n=7, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Dr Helen Marsh <helen@marshvets.example>",
         to="support@vetrayview.example",
         subject="Is it normal that images show as grey squares after the update?",
         body="""\
Hello,

Quick question - is it normal that after last night's 4.2 update every X-ray in VetRayView
opens as a plain grey square? The thumbnails look fine, but as soon as I double-click one it is
just grey, old studies and new ones alike. I have a dog with a suspected foreign body waiting
and I can't read her films at all.

We took the new images this morning on the CR reader without any complaints from the machine.

Helen Marsh MRCVS
Marsh Veterinary Practice"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Tom Ashby <tom@ashby-wholesale-veg.example>",
         to="help@labelcloud.example",
         subject="Labels very slow through the cloud print queue",
         body="""\
Hi,

Since Monday every label we send through LabelCloud takes 90 seconds to 2 minutes to come out
of the Zebra printers. It used to be instant. We've plugged one printer into a laptop via USB
and are printing the crate labels locally for now, which works, but that means one person
doing all of them. Can you look at the queue?

Thanks,
Tom
Ashby Wholesale Veg, Spitalfields"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Fiona Gallagher <fiona@thedeskyard.example>",
         to="support@roomslot.example",
         subject="Booking page down since yesterday",
         body="""\
Hi,

The RoomSlot booking page for our coworking space (thedeskyard.roomslot.example) has been down
since about 4pm yesterday - it just shows "Service unavailable". Our members can't book the
two meeting rooms and I'm having to take bookings by text message. Any idea when it'll be back?

Fiona Gallagher
The Desk Yard, Leeds"""),

    # 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Rachel Osei <rachel@bloomandstem.example>",
         to="billing@mailbloom.example",
         subject="Charged twice for annual plan",
         body="""\
Hello,

We renewed our MailBloom Growth plan on 2 April and our business card has been charged
£348.00 twice on the same day, two minutes apart (statement shows MAILBLOOM*RENEW both times).
Only one invoice in the account, INV-2024-11873. Could you refund the second one please?

Many thanks,
Rachel Osei
Bloom & Stem Florists"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Kwame Mensah <kwame@mensahprints.example>",
         to="sellers@marketnest.example",
         subject="Payout rejected again - rent due Friday",
         body="""\
Hi,

Third time writing about this. My payout of £2,916.40 for March sales (payout ID PO-558102)
shows "Rejected - returned by bank" in the seller dashboard. The bank details are the same
ones you have paid into for two years, and my bank says nothing came in and nothing was
returned from their side.

My unit rent of £1,850 goes out on Friday and most of what I have is sitting with you. If it
doesn't land by Thursday the direct debit bounces and my landlord has already warned me once.
Please can someone actually look at this today and tell me when the money will be sent.

Kwame Mensah
Mensah Prints (seller #40917)
07700 900310"""),

    dict(n=12, signals="payment", priority="medium", trap="account", qt=1, reply=1,
         frm="Lydia Carr <lydia@carr-architects.example>",
         to="billing@namehaven.example",
         subject="Re: Your login has been unlocked",
         body="""\
Hi Josh,

Thanks, I can get in again. Now that I can see the billing page though, the renewal invoice
NH-77204 lists 12 domains at £14.99 each. We only own three: carr-architects.example,
carrdesign.example and carr-studio.example. The other nine belonged to my old partnership
and were transferred out last autumn. Could you reissue it for the three? Also our VAT number (GB 999 4821 07) is missing, which our
bookkeeper needs.

Lydia

On Tue, 9 Apr at 10:12, Josh - NameHaven Support wrote:
> Hi Lydia,
>
> Your account was locked after five failed password attempts. I have unlocked it and
> sent a password reset link to lydia@carr-architects.example.
>
> Josh"""),

    dict(n=13, signals="payment", priority="low", trap="curious", qt=0, reply=0,
         frm="Ben Holloway <ben@hollowaycandles.example>",
         to="support@paytill-gateway.example",
         subject="What is the 20p \"PSF\" line?",
         body="""\
Hi, just curious - on last month's statement there's a line "PSF adjustment 0.20 GBP" that I
haven't seen before. Not complaining, just want to know what it is so I can put it in the
right column. Cheers, Ben (Holloway Candles)"""),

    # 14-17 account
    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Chloe Hartmann <chloe@nookandcranny-home.example>",
         to="support@dropflow.example",
         subject="Locked out of DropFlow",
         body="""\
Hi,

My DropFlow login is locked - it says "Too many attempts, try again later" and it's been
saying that since yesterday evening. The reset e-mail never arrives (checked spam). Orders are
still syncing to the shop, I just can't get in to see them. Login is chloe@nookandcranny-home.example.

Chloe"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Imran Shah <imran@shahcabs.example>",
         to="support@fairmeter.example",
         subject="SMS codes for the fleet portal",
         body="""\
Hello,

Is it normal that the login code for the FairMeter fleet portal takes 20 minutes or more to
arrive by text? By the time it comes it has expired, so I've not been able to log in since
Tuesday to see the meter reports for my eight cabs. Number on the account is 07700 900629,
same as always.

Imran Shah
Shah Cabs, Bradford"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=1,
         frm="Naomi Fletcher <naomi@brightpath-tutors.example>",
         to="support@tutorhub.example",
         subject="Re: Tutor profile removed",
         body="""\
Hi Sam,

Thanks for confirming. The profile was deleted by mistake - my new office assistant removed
"Daniel Okafor" thinking it was a duplicate. Daniel is one of our best maths tutors and his
page had 46 reviews from parents. Is there any way to restore it with the reviews, rather
than setting up a new one from scratch?

Naomi Fletcher
BrightPath Tutors

On 11 June 2024, at 14:05, Sam (TutorHub) wrote:
> Hi Naomi,
> I can see the tutor profile "Daniel Okafor" under your agency was deleted on 10 June at
> 09:31 by the user office@brightpath-tutors.example. Can you confirm this was intended?
> Sam"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Oliver Grant <o.grant@grantandlowe-law.example>",
         to="support@casevault.example",
         subject="Changing the e-mail on my login",
         body="""\
Hello,

We're moving our e-mail addresses from grantlowe.example to grantandlowe-law.example at the
end of the month. How do I change the address I use to log into CaseVault, and will my saved
matters and settings carry over?

Kind regards,
Oliver Grant
Grant & Lowe Solicitors"""),

    # 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Danny Moore <danny@moorescarwash.example>",
         to="sales@washpay.example",
         subject="Second site - quote please",
         body="""\
Hi there,

Since we put your card readers in at the Mill Lane wash, takings have gone through the roof.
The lads are on fire, we had a killer bank holiday weekend and the queue was out onto the
main road. Nobody misses fiddling for coins.

We're opening a second site in Hexham in September and would like the same setup, three bays
and the vacuum points. Could you send over a quote?

Danny Moore
Moore's Car Wash"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Sarah Linden <sarah@lindenstorage.example>",
         to="support@gatekeep.example",
         subject="Re: Planned maintenance Sunday 02:00-04:00",
         body="""\
Thanks for the heads-up, Sunday night is fine for us, no tenants come in at that hour anyway.
Could you add my colleague mark@lindenstorage.example to these notices as well?

Sarah

-----Original Message-----
From: GateKeep Support <support@gatekeep.example>
Sent: 14 May 2024 16:40
Subject: Planned maintenance Sunday 02:00-04:00

> Dear customer,
>
> During planned maintenance on Sunday between 02:00 and 04:00 the GateKeep cloud will be
> down. Keypads at your gates will be offline and tenants will not be able to open the gates
> with the app during that window.
>
> GateKeep Support"""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Jacob Ferris <jacob@ferrismotors.example>",
         to="support@diagnostix.example",
         subject="All sorted - thank you",
         body="""\
Hi Amy,

Just to say the DX-9 is talking to the cars again after the firmware you sent. Last week when
it kept crashing in the middle of a scan I was ready to throw it out of the window, so thanks
for sticking with it. Best support I've had from a tool supplier.

Jacob
Ferris Motors"""),

    dict(n=21, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="ShopShield Newsletter <news@shopshield.example>",
         to="owner@thelittleteashop.example",
         subject="This month: stop fraud before it stops you",
         body="""\
ShopShield Monthly - May

In this issue:

* Card fraud is up 18% for small online shops. Five settings in your checkout that block
  stolen cards before they cost you a chargeback.
* Account takeover: why your staff logins need two-factor, and how to switch it on in
  two minutes.
* Case study: how a Brighton gift shop survived a week-long outage at its old host.
* Webinar, 22 May: "Hacked! What to do in the first hour".

You are receiving this because you subscribed at shopshield.example.
Unsubscribe: https://shopshield.example/u/84cd1"""),

    dict(n=22, signals="-", priority="low", trap="policy", qt=0, reply=0,
         frm="Megan Price <megan@priceandpage-books.example>",
         to="sales@certnest.example",
         subject="Questions before we buy an SSL certificate",
         body="""\
Hello,

We're moving our little bookshop's website to a new host and looking at your OV certificate.
Before buying:

- What is your refund policy if we cancel within the first month?
- If the certificate expires, does the site go down straight away or is there a grace period?
- Do you lock the account after failed logins, and who can unlock it?

Thanks,
Megan Price
Price & Page Books"""),

    # 23-24 context
    dict(n=23, signals="outage", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Hannah Doyle <hannah@doyles-pharmacy.example>",
         to="support@pickbot-robotics.example",
         subject="RE: Robot slow picking - case 20931",
         body="""\
This has now got much worse. Since 9am the robot takes the requests and then does nothing -
no packs come down the chute at all. We have a queue of patients out the door, prescriptions
for the care homes to get out by 2pm, and my two dispensers are climbing into the robot
cabinet to pull boxes by hand. Please escalate and send an engineer today.

Hannah Doyle, Pharmacist
Doyle's Pharmacy
01632 960597

-----Original Message-----
From: Hannah Doyle
Sent: Monday 08:47
To: support@pickbot-robotics.example
Subject: Robot slow picking - case 20931

> Hi,
> Since the weekend the robot has been slow, about 40 seconds per pack instead of 10.
> Still managing, but could someone look at it this week?
> Hannah"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Lukas Brandt <lukas.brandt@northgate-logistics.example>",
         to="support@scanly.example",
         subject="Firmware 3.8 on SC-40 scanners - rolled back",
         body="""\
Hi Scanly team,

After firmware 3.8 was pushed to our SC-40 handhelds on Monday, about one scan in five beeped
twice and wasn't recorded in the WMS, so pickers were shipping cartons the system didn't know
about. We've rolled all 64 units back to 3.7.2 and everything is fine on the old version.

No rush today, but we'd like a fixed 3.8 (or a way to block the automatic push) before our
peak starts on 1 November. Logs from two affected units attached.

Regards,
Lukas Brandt
IT Lead, Northgate Logistics"""),
]
