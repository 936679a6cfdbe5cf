# blind21 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="effect", qt=0, reply=0,
         frm="Graham Whitcombe <g.whitcombe@fernleigh.example>",
         to="support@voltstack-home.example",
         subject="VoltStack 10 in garage - casing very hot and crackling",
         body="""\
Hi,

Our VoltStack 10 home battery in the garage has been making a crackling noise on and off
since about 6 this evening, a bit like someone scrunching up cellophane inside it.

I put my palm flat on the side of the casing and had to pull it away straight off. It has
never been anywhere near that warm before, not even in the summer. There's a sharp smell
in the garage like a kettle that's boiled dry, and the status light is going amber, red,
amber, red.

I've switched the isolator on the wall off as the manual says, but the crackling hasn't
stopped. Our car is parked about a metre away and the kids' bedrooms are right above the
garage.

What do we do now? Please ring me on 01632 960418, I'm staying up.

Graham Whitcombe
14 Fernleigh Close"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Priya Raman <priya.raman@kestrelmail.example>",
         to="help@lumashade.example",
         subject="Blinds remote - the little battery is missing",
         body="""\
Hello,

My son (14 months) got hold of the small remote for the living room blinds (LumaShade R2)
while I was on a work call. When I took it off him the back cover was off and the round
flat battery that sits inside isn't there. I've been through the sofa, the rug and his
toy box and can't find it anywhere.

He was dribbling a lot, he's grizzly now and keeps putting his hand to his neck.

What size and type is that battery exactly? The doctor on the phone is asking me and I
don't have the box any more. Please answer as fast as you can.

Priya"""),

    dict(n=3, signals="safety", priority="critical", trap="stranger-data", qt=0, reply=0,
         frm="Tomasz Wierzbicki <tomasz.w@hollowayhome.example>",
         to="care@printnest.example",
         subject="Someone else's photos and address are showing in my account",
         body="""\
Hi,

I logged in to PrintNest this morning to reorder our Christmas cards, and under "My orders"
there are three orders that are not mine.

One is a photo book of about 60 pictures of a family I have never met, including their
children at a swimming pool. The order details show the woman's full name, her home
address in Leeds, her mobile number and the last four digits of her card. I can open every
page of the book.

I haven't touched anything. But if I can see her pictures, I have to assume somebody out
there can see ours too, and we've uploaded hundreds of photos of our kids over the years.

One of the order numbers is PN-448-20917. Please look into this today and tell me what has
happened.

Tomasz Wierzbicki"""),

    dict(n=4, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Daniel Osei <d.osei@northlinemail.example>",
         to="support@ticketharbour.example",
         subject="Four ticket charges I never made",
         body="""\
Hello,

In the last twenty minutes my bank app has pinged me four times: four payments to
TicketHarbour of GBP 86.50 each, for "Neon Tides - Glasgow, Sat 14 Sept".

I haven't bought anything from you since last August and I've never been to Glasgow. My
card is saved in my TicketHarbour account. I can still log in, and I've changed my password
just now, but the four orders are sitting in my order history with a delivery e-mail
address I don't recognise (rk.fast88@quickbox.example).

Please cancel those tickets before anyone uses them and refund the GBP 346.00. I've also
phoned my bank and they've frozen the card.

Daniel Osei
07700 900236"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Rachel Dunmore <r.dunmore@meadowbankvets.example>",
         to="support@vetdiary.example",
         subject="Appointment book empty at all three practices",
         body="""\
Good morning,

Since we opened at 8:00 the appointment screen in VetDiary shows a completely empty day at
all three of our sites (Harrow Road, Kingsmead and Little Bramford). Clients are arriving
for appointments we can't see. We don't know who is booked in for what, which animals are
in for surgery today, or which ones have been starved since last night for their
anaesthetic.

Reception at every site is writing everything on paper and ringing clients from memory.
The online booking page for our clients just spins as well.

We have around 140 appointments today across the group. Please call me as soon as
possible on 01632 960771.

Rachel Dunmore
Practice Manager, Meadowbank Veterinary Group"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Kofi Mensah <kofi@riversidepromotions.example>",
         to="organisers@gatekit.example",
         subject="URGENT - every ticket rejected at the gate, doors 7pm",
         body="""\
All six of our GateKit scanners are showing "Unknown event" for every single ticket since
about 4:30pm. We've tried 20 different valid tickets, printed and on phones, same result.

1,150 people are coming to the Corn Exchange tonight and doors open at 7. If this isn't
sorted we'll be ticking names off a printed list in the rain with a queue round the block.

Event ID EV-30318. Call me on 07700 900512.

Kofi
Riverside Promotions"""),

    dict(n=7, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Helen Ashdown <helen.ashdown@plumtreefarm.example>",
         to="support@growguard.example",
         subject="Question about the GrowGuard app",
         body="""\
Hi,

Is it normal that the GrowGuard app has said "Waiting for controller..." since Saturday
morning? I can't see the greenhouse temperature at all, and the vents and the misting
don't react to anything I press in the app. The box in the greenhouse has a steady blue
light, which I think means it's connected?

I'm away at my sister's until Thursday and my neighbour doesn't want to fiddle with the
box. Is there anything I can do from here?

Thanks,
Helen"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Arjun Mehta <arjun@layerlines.example>",
         to="support@printforge.example",
         subject="Sending jobs from the web slicer takes forever",
         body="""\
Hi PrintForge team,

Since last Wednesday, sending a sliced job from the web slicer to my printer takes 15-25
minutes for a 6 MB file. It used to take a few seconds. The progress bar just crawls.

Printing itself is fine once the file gets there, and copying the G-code to the SD card by
hand works, so I'm not stuck - it's just slowing down my small Etsy shop quite a lot.

Printer: Forge Mk3S, firmware 2.4.1, serial FG3-09912. Home fibre connection, 500 Mbit.

Cheers,
Arjun"""),

    dict(n=9, signals="outage", priority="high", trap="short", qt=0, reply=0,
         frm="Chloe Barnard <chloe.barnard@fastpost.example>",
         to="hello@freshfold.example",
         subject="app down?",
         body="""\
Your app has been down since this morning, every time I try to book a pickup I get
"Something went wrong". I need my work shirts back by Wednesday - is there another way to book?

Sent from my phone"""),

    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Maureen Pickett <maureen.pickett@oldmill.example>",
         to="accounts@safekeepstorage.example",
         subject="Unit B-114 - charged twice this month",
         body="""\
Dear Sir or Madam,

The direct debit for my storage unit B-114 at your Northgate site has gone out twice this
month, GBP 74.00 on the 1st and again GBP 74.00 on the 3rd. I've attached a screenshot of
my bank statement.

Could you please refund the second payment? My customer number is SS-20581.

Thank you,
Maureen Pickett"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Nadia Haddad <nadia.haddad@cedarpost.example>",
         to="office@bluebirdremovals.example",
         subject="Deposit refund for cancelled move BR-7720 - need it by Friday",
         body="""\
Dear Bluebird Removals,

You cancelled our move on the 12th because of a problem with the van (booking BR-7720),
and your office told me on the phone that the GBP 450 deposit would be back on my card
"within 3 to 5 days". It has now been nine working days and nothing has arrived.

I really need that money. The deposit on our new flat has to be paid by Friday at noon,
otherwise the landlord will let it to the next people on his list.

Can you please confirm today when the refund was sent, or pay it by bank transfer instead
if that's quicker? My bank details are below.

Nadia Haddad
Sort code 40-12-76, account 31926548"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Priyanka Shah <p.shah@caldermoss.example>",
         to="projects@lingualoom.example",
         subject="Hartmann job follow-up + a few bits",
         body="""\
Hi Sophie,

Hope you had a good Easter. A few things while I have you:

1. Thank you again for turning the Hartmann patent set round so quickly. Our counsel in
   Munich was really impressed with the terminology, especially in the claims. Please pass
   that on to Matthias.

2. For the next batch (the Ferreira supply agreement, PT > EN) we should have the files
   ready around the 22nd, roughly 9,000 words. Could you pencil us in?

3. Our accounts team has changed the PO format; new POs will start with "LGL-". Nothing
   needed from your side, just so you're not surprised.

4. Invoice INV-2024-0388 for the Hartmann job is for 14,100 words at GBP 0.11, so
   GBP 1,551.00 + VAT. Your quote and your delivery note both say 4,100 words
   (GBP 451.00). I assume a stray "1" crept in somewhere - could you send a corrected
   invoice? Finance won't pay it as it stands, and it's due on the 30th.

5. Is the office closed on both May bank holidays as usual?

Danke schön und viele Grüße (my German lessons are paying off!),

Priyanka Shah
Legal Operations, Calder & Moss LLP"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Owen Prys <owen.prys@llanfair.example>",
         to="rentals@stringandbow.example",
         subject="small question about my statement",
         body="""\
Hi there,

Not a complaint, just curious: my March statement for the cello rental has a line
"Card handling 0.95" that I don't remember from earlier months. What's that for?

Cheers,
Owen"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Stuart Kinloch <stuart.kinloch@glenview.example>",
         to="support@aquaflowpools.example",
         subject="Locked out of my AquaFlow account",
         body="""\
Hello,

I got my password wrong a few times on my new phone (autocorrect kept capitalising the
first letter) and now the AquaFlow app says my account is locked and to contact support.
The "forgot password" e-mail never arrives either, I've checked spam.

Can you unlock it please? The account is registered to this e-mail address. Pump serial
AF-P900-33178.

Thanks,
Stuart"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Margaret Ellery <m.ellery@wheatsheaf.example>",
         to="shop@hivehub.example",
         subject="Text message code",
         body="""\
Good afternoon,

Is it normal that the six-digit code for signing in to the HiveHub shop takes forty
minutes or more to come through by text? By the time it arrives it has expired, so I
can't get into my account at all. I've tried four times since Monday. I wanted to check
on my order for two nucs before the season starts.

The mobile number on my account ends in 418.

Kind regards,
Margaret Ellery"""),

    dict(n=16, signals="account", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Lucía Ferrer Bosch <lucia.ferrer@correoazul.example>",
         to="support@whiskerbox.example",
         subject="My account is gone??",
         body="""\
Hello, sorry for my English.

I paused my cat food subscription in January and today I wanted to start it again, but
when I log in it says "No account found with this e-mail address". Is everything deleted?
The profiles of my three cats with their special diets, the notes from the vet, my
order history...

¿Pueden recuperar mi cuenta, por favor? Me costó mucho configurar las dietas.

Thank you,
Lucía Ferrer Bosch"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Ben Marsh <ben.marsh@tallyworks.example>",
         to="hello@kettleandkiln.example",
         subject="Changing my e-mail",
         body="""\
Quick one - how do I change the e-mail address on my Kettle & Kiln subscription account?
Moving from my work address to a personal one. Thanks!

Ben"""),

    dict(n=18, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Sam Okafor <sam.okafor@brightfield.example>",
         to="members@hubanddesk.example",
         subject="Re: Your Hub & Desk membership - induction date",
         body="""\
Thursday the 4th works perfectly, I'll be there at 9. Thanks!

Sam

On Mon, 1 Apr 2024 at 10:12, Hub & Desk Members <members@hubanddesk.example> wrote:
> Hi Sam,
>
> Thanks for signing up for a dedicated desk at our Canal Street space.
>
> Just a heads-up: our member portal had an outage over the weekend, so your welcome
> e-mail and door code may have arrived late. Everything is back to normal now.
>
> Would Thursday 4 April suit you for your induction and key fob handover?
>
> Best,
> Aisling
> Hub & Desk Community Team"""),

    dict(n=19, signals="-", priority="low", trap="resolved", qt=0, reply=1,
         frm="Irene Castellano <irene.castellano@larchway.example>",
         to="service@liftmaster-doors.example",
         subject="Re: Case 55120 - garage door opener",
         body="""\
Just to close this one off: since your technician Marcus swapped the control board
yesterday, the door opens and closes perfectly. I was convinced the motor was dead and
we'd be parking on the street until Christmas.

Really quick, friendly service. Thanks a lot!

Irene"""),

    dict(n=20, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Agnes Lindqvist <agnes@lindqvistsbakehouse.example>",
         to="sales@sentinelwatch.example",
         subject="Before we sign up - does the plan cover outages?",
         body="""\
Hello,

We're comparing alarm monitoring centres for our small bakery and I have a few questions
before we decide:

- If our broadband has an outage, does your panel switch to a 4G backup so the alarm
  still reaches you?
- If the fire alarm goes off at night, do you call the fire brigade straight away or
  ring us first?
- Is there a minimum contract length, and what does it cost to add a second site later?

Many thanks,
Agnes Lindqvist
Lindqvist's Bakehouse"""),

    dict(n=21, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Jo Whitaker <jo.whitaker@pennantgroup.example>",
         to="bookings@lockedinescapes.example",
         subject="Booking Inferno + Total Blackout for 12 people",
         body="""\
Hi!

We'd like to book both your Inferno room and Total Blackout for a team outing on Friday
17 May, around 6pm - 12 people, split into two groups of six.

My manager says he'll kill me if half the team ends up finishing an hour before the
others, so can both rooms start at the same time? And do you have a space for drinks
afterwards?

Thanks,
Jo"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="SkyQuill Pilot Notes <news@skyquill.example>",
         to="support@skyquill.example",
         subject="Crash course, Emergency Return 2.0 and 15% off props",
         body="""\
SkyQuill Pilot Notes - June

Hi pilot,

Firmware 5.1 is here! Emergency Return now remembers the obstacles it logged on the way
out and routes around them on the way home, and the low-battery warning is finally loud
enough to hear over the wind.

Also this month:
- Crash course for beginners: free live session every Tuesday at 7pm
- Customer story: how a Cornish farmer maps 300 acres before breakfast
- Summer sale: 15% off spare propellers with code SUMMERPROPS

Fly safe and see you in the sky,
The SkyQuill team

You are receiving this because you signed up at skyquill.example.
Unsubscribe | Manage preferences"""),

    dict(n=23, signals="outage", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Carla Benedetti <carla@gelateriabenedetti.example>",
         to="service@frostline.example",
         subject="Re: Machine not freezing - ticket 80412 (THIRD REQUEST)",
         body="""\
This is my third e-mail and I still don't have a date for an engineer.

Since Tuesday the machine churns but the mix comes out as liquid. We've thrown away 60
litres of base so far and there's a sign on our door saying "sorry, no gelato today".
Saturday is the food festival on the promenade, our biggest day of the year. I need
someone here tomorrow, whatever it costs.

Carla Benedetti
Gelateria Benedetti, 3 Marine Parade

On 9 Jul 2024, at 08:41, Carla Benedetti <carla@gelateriabenedetti.example> wrote:
> Hello again,
>
> Any news about the engineer? The Frostline FL-40 still isn't freezing. We're open
> but can only sell coffee and cakes.
>
> On 6 Jul 2024, at 09:15, Carla Benedetti wrote:
> Good morning, our Frostline FL-40 (serial FL40-22817) stopped freezing this morning.
> The compressor starts, the paddle turns, but after 20 minutes the mix is still
> liquid. Please send someone. Ticket 80412."""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Martin Forsyth <martin.forsyth@thornbury.example>",
         to="support@thermaleaf.example",
         subject="App shows dashes since Friday's update",
         body="""\
Hello,

Since the app update on Friday, the ThermaLeaf app shows "--" instead of temperatures and
I can't change the heating schedule from my phone.

The heat pump itself is fine, the house is warm and I can change everything on the indoor
panel, so no great rush. But I'd like the app back - I use it to switch on the hot water
boost from work before the kids get home.

Model TL-8 Hybrid, app version 3.12.0 on Android 14.

Thanks,
Martin Forsyth"""),
]
