# blind37 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="aside", qt=0, reply=0,
         frm="Gemma Hollis <gemma.hollis@postbox.example>",
         to="help@cosyhome.example",
         subject="Order CH-448120 - missing pillowcases",
         body="""\
Hi there,

My order CH-448120 arrived on Saturday but the two pillowcases weren't in the box, only the duvet and the heated throw. Could you send them on, or refund them if they're out of stock? Either is fine.

While I'm writing - the heated throw. I had it on setting 3 on the sofa last night, dozed off and woke up because my leg was stinging. The bit of cable next to the controller had gone soft and brown and there's a scorch mark on the throw the size of my fist. I've got a red blistered patch on my calf, nothing that needed a doctor, I ran it under the cold tap for ages. The throw is unplugged in the garage now. Is that normal in the first week? My nephew's little ones are staying over Christmas and I'd rather not have it in the house if it does that again.

Also, can you update my phone number to 07700 900 512.

Thanks,
Gemma Hollis"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Marcus Adeyemi <m.adeyemi@larchfieldcare.example>",
         to="orders@freshplate-catering.example",
         subject="Week 49 delivery - several issues",
         body="""\
Hello Freshplate team,

A few things from Thursday's delivery to Larchfield House:

- The soup tubs arrived at 12:40 instead of 10:00, so lunch went out late on both floors.
- We were sent 30 portions of cottage pie instead of the 40 on the order.
- One of the apple crumbles labelled "nut free" (batch FC-2211) was served to Mrs Pardoe in room 14, who has a peanut allergy. Within a few minutes her lips and throat swelled up and she was struggling to breathe. Our nurse gave her adrenaline and she was kept overnight at the Royal County. She is back with us and stable. We have kept the rest of that batch in the fridge, untouched.
- Could the November invoice be split by floor again, as before?

Please call me today about the crumble, before Monday's delivery goes out. We have eleven other residents with nut allergies.

Kind regards,

Marcus Adeyemi
Deputy Manager
Larchfield House Care Home
14 Orchard Rise, Kettlebury KB4 2LN
Tel 01632 960 418 | Mob 07700 900 273
This e-mail and any attachments are confidential and intended solely for the addressee."""),

    dict(n=3, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Dan Whitcombe <dan.whitcombe@fastmail.example>",
         to="cards@harbourbank.example",
         subject="Card payments I didn't make",
         body="""\
Hi,

Just checked the app and there are four payments on my debit card ending 4471 that weren't me:

ZARA.COM EUR 389.00
ZARA.COM EUR 412.50
SP*VAPESTORE LT EUR 96.00
AIRBNB PAYMENTS EUR 1,140.00

All last night between 1 and 3am. The card is in my wallet and I was asleep. I've frozen it in the app but the money's gone and my rent goes out on Friday. What do I do? No idea how they got the number.

Dan Whitcombe

Sent from my iPhone"""),

    dict(n=4, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Priya Raman <priya.raman@inboxly.example>",
         to="support@gigpass.example",
         subject="Someone's got into my account and moved my tickets",
         body="""\
Hello,

I think my GigPass account has been hacked. This morning I got an email saying my email address had been changed to something like r.k.tickets88@..., and then another one saying 4 tickets for the Halden Arena show on 19 December had been transferred to a "Mr J Barnes". I didn't do either of those things.

Now when I try to log in it says there's no account with my email, and the password reset goes to the new address, not mine. So I'm completely locked out.

The tickets cost 312 pounds and were a birthday present for my sister. Order number GP-7730-1152. Please can you freeze the account and stop those tickets before they get resold?

Priya Raman
07700 900 861"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Steve Kowalczyk <steve.k@northwayfreight.example>",
         to="support@routewise.example",
         subject="URGENT - no routes loading, Leeds depot",
         body="""\
Routewise,

Since 05:10 the driver app shows "syncing" and never loads the day's runs. Tried three different phones, same thing. Web planner just spins.

I've got 35 drivers sat in the yard with loaded vans and no drop lists, and 1,100-odd deliveries due out today. First slots are 07:00.

Ring me on 0113 496 0772. Need someone on this now.

Steve Kowalczyk
Transport Manager, Northway Freight Leeds"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Anna Lindqvist <anna.lindqvist@glenmorra-ski.example>",
         to="support@turnstile-systems.example",
         subject="Fwd: Gates at base station",
         body="""\
Hi,

Forwarding from our lift operations manager. Please treat this as top priority and call me on +44 1479 810 233.

Anna Lindqvist
Operations Director, Glen Morra Mountain Resort

---------- Forwarded message ---------
From: Rory MacLeod <rory.macleod@glenmorra-ski.example>
Date: Sat, 12 Dec 2026 at 08:52
Subject: Gates at base station
To: Anna Lindqvist <anna.lindqvist@glenmorra-ski.example>

Anna, none of the gates at the gondola base have read a single pass since we opened at 8.30. Red light on every lane and the handhelds say "server unreachable". The ticket office can still sell passes but they won't scan either. The queue is about 400 skiers long, back past the rental shop, and two school groups are still getting off the coaches. I've put lifties on the gates waving people through by eye but that won't hold on a Saturday.

Rory"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Tom Brierley <tombrierley@kmail.example>",
         to="help@skylinebroadband.example",
         subject="No internet since Monday - account 60-118-2290",
         body="""\
Hi,

Our broadband has been dead since Monday evening. The router has a flashing red "WAN" light. I've done the off-and-on, the factory reset with a paperclip and swapped the cable - nothing. Your status page says there are no problems in my area (LS6 4QT), which is news to me.

My wife and I both work from home and we're tethering off our phones, which is burning through our data. I had to drive to my mum's yesterday just to get on a Teams call.

Can you please get an engineer out? We're in all day, obviously.

Tom Brierley
Account 60-118-2290"""),

    dict(n=8, signals="outage", priority="medium", trap="-", qt=0, reply=0,
         frm="Lucia Ferraro <lucia@trattoria-ferraro.example>",
         to="support@tablebook.example",
         subject="Confirmation emails not going out",
         body="""\
Hi,

Since about Wednesday, guests who book through the widget on our website aren't getting their confirmation email. The bookings do come through to our dashboard fine and the reminder texts seem to work, but we've had several people ring to check their table is really booked, and one couple booked twice to be sure.

Could you have a look? Our venue ID is TB-30417.

Grazie,
Lucia Ferraro
Trattoria Ferraro, Bristol"""),

    dict(n=9, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Helen Okafor <helen.okafor@mailbase.example>",
         to="billing@brightwatt-energy.example",
         subject="RE: Your enquiry [Ref: BW-552918]",
         body="""\
Hello,

Thanks for the reference. To add to my enquiry: the direct debit has now gone out twice, 142.60 on 1 December and another 142.60 on 3 December. Both show on my bank statement with the reference BW 60021477. I only have the one account with you.

Please refund the second payment and let me know it won't happen again in January.

Helen Okafor

-----Original Message-----
From: BrightWatt Customer Care <billing@brightwatt-energy.example>
Sent: 03 December 2026 16:02
To: Helen Okafor
Subject: Your enquiry [Ref: BW-552918]

> Thank you for contacting BrightWatt Energy. Your reference is BW-552918.
> One of our team will reply within 5 working days."""),

    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Kwame Mensah <kwame.mensah@postmail.example>",
         to="refunds@bluecrest-air.example",
         subject="Refund for cancelled flight BC2241 - needed urgently",
         body="""\
Dear Bluecrest,

My flight BC2241 Manchester to Accra on 14 November was cancelled and I chose a refund instead of rebooking (booking ref QX7R2M, 1,486 pounds for three passengers). Your email of 15 November said the money would be back on my card within 7 days. It has now been three weeks and nothing has arrived.

I'm not trying to be difficult, but that is the money I had put aside for the deposit on a new flat, and the landlord needs it by Friday 11 December or I lose the flat. Please could someone tell me today when the refund will actually be paid?

Kind regards,
Kwame Mensah
Mobile 07700 900 145"""),

    dict(n=11, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Ollie Grant <ollie.grant@pigeonmail.example>",
         to="support@reelhouse.example",
         subject="The case of the mystery 1.99",
         body="""\
Hello Reelhouse,

Quick one, and no drama (apart from the forty hours of Scandinavian crime I've binged this month). My statement shows my usual 8.99 plus a separate 1.99 on 2 December. Is that the film I rented on the 1st, or have I signed up for something by accident? Happy to pay if it's the rental, I just like to know where my pennies go. Detective work is clearly catching.

Cheers,
Ollie Grant"""),

    dict(n=12, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Bogdan Marinescu <bogdan.marinescu@webpost.example>",
         to="myaccount@shieldline-insurance.example",
         subject="I not receive the code for login",
         body="""\
Hello,

I have change my mobile number two weeks ago and I updated it also in my profile. Now when I want to log in to MyShieldline portal, the site say it send me a 6 digit code, but the code never arrive on the new number. I waited 20 minutes and I tried 4 times. I think maybe it still go to the old number which I dont have anymore.

I need to download the certificate of my car insurance. Is not urgent this week but I need it before January.

Policy number: SL-MTR-0093321
Date of birth: 17/03/1988

Thank you very much,
Bogdan Marinescu"""),

    dict(n=13, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Rachel Dunmore <rachel@dunmoredesign.example>",
         to="support@ledgerly.example",
         subject="Locked out - VAT return due tomorrow",
         body="""\
Hi,

I'm locked out of Ledgerly. I put my password in wrong three times this morning (new laptop, autofill had an old one saved) and now it says the account is locked for security reasons and to contact support. The unlock email never arrived - I've checked spam.

My VAT return is due by midnight tomorrow and all my invoices and bank feeds are in there, so I can't file without it. Could you unlock it, or tell me what you need to prove it's me?

Account email: rachel@dunmoredesign.example
Company: Dunmore Design Ltd

Thanks,
Rachel Dunmore"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Graham Pike <g.pike@oldmail.example>",
         to="connect@velora-cars.example",
         subject="Changing the email on my Velora Connect app",
         body="""\
Good afternoon,

I'm leaving my old email provider at the end of the month. How do I change the email address I use to log in to the Velora Connect app? I can't see an option for it under Profile. And will I lose the saved charging schedules for the car if I do it?

Car: Velora E4, registration GP71 KXD.

Many thanks,
Graham Pike"""),

    dict(n=15, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Sophie Lawrence <sophie.lawrence@mailnest.example>",
         to="hello@greenbasket-kitchen.example",
         subject="Skipping a couple of boxes",
         body="""\
Hi Greenbasket,

Could you skip my boxes for the weeks of 14 and 21 December please? My dad slipped on the ice on Sunday and broke his hip, so he's just had surgery and I'll be staying at his place in Harrogate while he gets back on his feet. There won't be anyone home to take the deliveries and I'd hate for them to sit on the doorstep for a week.

I'll be back for the first week of January, so please restart from then. The recipes I'd already picked are fine.

Thanks so much,
Sophie
Customer no. GB-208844"""),

    dict(n=16, signals="-", priority="low", trap="jargon", qt=0, reply=0,
         frm="Jake Thornton <jakethornton@gamerpost.example>",
         to="feedback@ironhollow-games.example",
         subject="Ashfall patch 1.4 feedback - fire build and the Warden",
         body="""\
Hi devs,

Been playing Ashfall since launch, 300+ hours, love it. Some thoughts after 1.4:

The fire build is completely dead now. Burn damage got nerfed so hard my sorcerer can't kill anything in the Sunken Keep, while the poison dagger build just explodes everything in two hits. Meanwhile the Warden one-shots me with that frost attack - I've died about 40 times and half of those I was frozen before I could even dodge. I'll get him eventually, but maybe give burn a bit more bleed-through on armour?

Also, any chance of a photo mode? The lava caves look insane.

Keep it up,
Jake (in-game: EmberJ4ke)"""),

    dict(n=17, signals="-", priority="low", trap="jargon", qt=0, reply=0,
         frm="Lee Barraclough <lee@barraclough-electrical.example>",
         to="trade@sparkline-wholesale.example",
         subject="Order TR-88102 - RCBOs and arc flash kit",
         body="""\
Hi Karen,

Can you confirm the rest of order TR-88102 is on for Thursday? I've got a consumer unit swap at a primary school over the Christmas break and need the 10 x 30mA RCBOs before I start. The old board's a proper fire risk - cracked bakelite, scorch marks on the neutral bar, no RCD protection anywhere - so the whole lot is coming out.

Also add to the order:
- 2 x arc flash face shields, size L
- 1 x voltage indicator and proving unit (the Kestrel one, ours went off a ladder and died)
- 1 x 100m drum of 2.5mm twin and earth

Cheers,
Lee Barraclough
Barraclough Electrical Ltd
07700 900 388"""),

    dict(n=18, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Nadia Hussain <nadia.h@homemail.example>",
         to="sales@keystone-smartlock.example",
         subject="Questions before buying the K7 lock",
         body="""\
Hello,

We're thinking of fitting your K7 smart lock to our front door, but I have a few questions first:

1. If there's a fire at night and the batteries are flat, can we still open it from the inside without the app? My mum lives with us and isn't quick on her feet.
2. If someone steals my phone, can they get into the house? How hard would the lock be to hack?
3. What happens if we get locked out because the Wi-Fi is down?
4. If it doesn't fit our door (uPVC with a multipoint lock), can we get a full refund?

Thanks,
Nadia Hussain"""),

    dict(n=19, signals="-", priority="low", trap="course", qt=0, reply=0,
         frm="Claire Benson <manager@littleacorns-nursery.example>",
         to="bookings@lifeline-training.example",
         subject="Booking - Paediatric First Aid, 9 January",
         body="""\
Hi,

I'd like to book 8 places on your 12-hour Paediatric First Aid course on Saturday 9 January for staff from Little Acorns Nursery. Last year's session was brilliant - the team still talk about the choking demo with the baby manikin.

Could you confirm it still covers burns and scalds, allergic reactions and using an EpiPen, seizures, and head injuries from falls? Our Ofsted inspector asked specifically about anaphylaxis training.

Please invoice Little Acorns Nursery, PO number LA-2026-114.

Best wishes,
Claire Benson
Nursery Manager"""),

    dict(n=20, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Dr Fiona Marsh <fiona.marsh@parkviewdental.example>",
         to="support@clearlink-telecom.example",
         subject="Thank you - Tuesday's phone outage",
         body="""\
Dear Clearlink team,

I wanted to say a proper thank you for Tuesday. When our phone lines went dead at 8am - both reception numbers and the out-of-hours line - patients couldn't get through for nearly four hours. Reception counted over 60 missed calls, two emergency appointments went unconfirmed, and I'd estimate we lost around 1,800 pounds in cancelled bookings.

Your engineer, Dev, was on site by 10:30, found the faulty card in the street cabinet down the road and had us back up just after midday. He stayed calm, explained everything to our practice manager and even stayed on to test the call diversion. Everything has worked perfectly since.

Please pass our thanks on to him and to his manager.

Kind regards,
Dr Fiona Marsh
Principal Dentist, Parkview Dental Practice"""),

    dict(n=21, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Ben Carter <ben.carter@threadmail.example>",
         to="reservations@thewhartonhotel.example",
         subject="Re: Double charge - booking WH-40517",
         body="""\
Hi Emma,

Just checked my statement and the second 245 has gone. All sorted, thanks for your help. We're already looking forward to coming back in the spring.

Ben

On Fri, 4 Dec 2026 at 11:20, Emma Lowe <reservations@thewhartonhotel.example> wrote:
> Dear Mr Carter,
> I'm sorry about this. The second payment was a pre-authorisation that
> should have been released at check-out. I have released it today; it
> can take 3-5 working days to disappear from your statement.
> Emma Lowe, Reservations
>
> On Thu, 3 Dec 2026 at 19:02, Ben Carter <ben.carter@threadmail.example> wrote:
> > Hello, I stayed with you on 28-29 November and my card has been charged
> > 245 pounds twice for the same room. Please refund the duplicate payment."""),

    dict(n=22, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Marco Reyes <marco@thecopperfox-bar.example>",
         to="orders@tidewater-drinks.example",
         subject="Standing order - bump it up please",
         body="""\
Hey Tidewater crew,

We've been absolutely slammed since the Christmas market opened - drowning in orders every night, the Zombies and Smoking Guns are flying out and we're burning through rum way faster than I planned. Those new Dragon's Breath chilli bitters are a killer in the Bloody Maria too, customers are dying to know where we get them.

Can you bump the weekly standing order from this Friday to:
- 12 x Black Tide spiced rum instead of 6
- 6 x Dragon's Breath bitters instead of 2
- 4 x Fire Ant mezcal (new)

Account CFX-0331, same delivery slot, before 2pm.

Cheers,
Marco
The Copper Fox, Cardiff"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Janet Hollings <janet.hollings@wiremail.example>",
         to="customercare@oakandloom.example",
         subject="Re: Re: Refund for returned sofa - order OL-77120",
         body="""\
This is the THIRD time I am writing. I returned the sofa on 6 November, your own driver signed for it, and I am still waiting for my 1,249 pounds. Nobody has answered either of my emails. If I have not heard from you by Friday I will raise a chargeback with my credit card company and review you everywhere I can.

Janet Hollings

On Tue, 24 Nov 2026 at 09:15, Janet Hollings <janet.hollings@wiremail.example> wrote:
> Hello, I still have not received my refund for the returned sofa. It has now
> been 18 days. Please can somebody reply.
>
> On Mon, 16 Nov 2026 at 14:40, Janet Hollings <janet.hollings@wiremail.example> wrote:
> > Dear Oak & Loom, your driver collected the Marlow 3-seater (order OL-77120)
> > on 6 November. Please confirm when the refund of 1,249 pounds will be made."""),

    dict(n=24, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Daniel Osei <daniel.osei@meridian-contact.example>",
         to="enterprise-support@voxstream.example",
         subject="P1 under Enterprise SLA - call recording stopped (contract VX-ENT-2291)",
         body="""\
Hello,

I'm raising this as Priority 1 under our Enterprise Agreement (contract VX-ENT-2291, 30-minute response SLA).

Since 22:40 last night no calls on our VoxStream tenant have been recorded. Calls connect normally and agents can work, but the recordings list is empty for everything after that time and the storage connector shows "authentication failed". We are a regulated financial services contact centre and must record every call; our compliance team will stop phone payments at noon today if this isn't fixed.

Please confirm the incident number and the name of the engineer assigned.

Daniel Osei
Head of IT Service Delivery
Meridian Contact Solutions
Level 4, 22 Exchange Quay, Salford M5 3EQ
Service desk: 0161 496 0550 | Out of hours: 07700 900 632
Meridian Contact Solutions Ltd is registered in England and Wales, no. 08841279."""),
]
