# blind22 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Harriet Combe <h.combe@mailbox.example>",
         to="hire@snowline-rentals.example",
         subject="Heated boots from Saturday - my son's ankle",
         body="""\
Hello,

We rented two pairs of the heated ski boots (the ones with the clip-on battery pack) at your Val Claret shop on Saturday, rental ref SR-48213.

On the second run my son (11) said his left foot was "stinging". When we got into the café I unclipped the pack and it was too hot to hold – I had to put it straight down on the table. The plastic around the cable had gone soft and there was a sweet, chemical smell. He now has a blister about the size of a 2-euro coin on the outside of his ankle, exactly where the pack sits, and the skin around it is red and tight.

The boots are back in their bag and we haven't used them since. The other pair is the same model. Please tell me what you want us to do with them, and please check the rest of that batch before someone else takes them out tomorrow morning.

Harriet Combe
+44 7700 900418"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Owen Pritchard <owen.pritchard@valleymail.example>",
         to="help@orchardhomebrew.example",
         subject="Fermenter lid - kitchen ceiling",
         body="""\
Hi,

I bought your 23 L Glass Demijohn Cider Starter Kit (order OHB-20931) three weeks ago and followed the leaflet to the letter: airlock fitted, kept at 19 °C on the kitchen worktop.

At about 2 a.m. last night there was a bang loud enough to wake the whole house. The screw lid and airlock had shot off the vessel and left a dent in the ceiling plaster. The neck of the demijohn cracked and there were glass splinters across the worktop and the floor, right over to where the dog sleeps. My daughter normally stands at that exact spot making her breakfast.

As far as I can tell the airlock was not blocked. I've kept the lid and the pieces. Has this happened with other kits from the same batch? I'd want anyone else who bought one to know before they leave it sitting on a worktop.

Owen"""),

    dict(n=3, signals="safety", priority="critical", trap="stranger-data", qt=0, reply=0,
         frm="Priya Raman <priya.raman@northpost.example>",
         to="support@smilebook.example",
         subject="I can see another patient's records in my SmileBook account",
         body="""\
Hello,

I logged in to SmileBook this morning to move my check-up at Harbour Lane Dental. Under "My documents" there are now four files that are not mine: an X-ray, a treatment plan and two invoices for a Mr Daniel Fenwick, with his date of birth, home address and the last four digits of his card. My own documents have gone from that list.

I haven't opened anything else. But if I can see his, I have to assume someone else can see mine. Please look into this today and tell me who has had access to my file.

Priya Raman
Patient no. HL-55720"""),

    dict(n=4, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Graham Whitcombe <gwhitcombe@fenlandnet.example>",
         to="orders@brightwell-fuels.example",
         subject="Smell after Tuesday's delivery",
         body="""\
Good morning,

Quick question, and perhaps I'm fussing: is it normal for the cellar to still smell strongly of heating oil two days after a delivery?

Your driver filled our tank on Tuesday (1,000 litres, account BW-30876). Since then the smell has crept up the stairs into the hall. There's a dark damp patch on the cellar floor under the joint of the filler pipe and it's getting bigger, and the wall next to the tank feels greasy. My wife spent twenty minutes down there sorting laundry yesterday, came up light-headed and had to sit on the stairs; she had a thumping headache all evening. We've kept the cellar door shut and the little window open since.

Could someone come and look at the pipe? We're in all week.

Graham Whitcombe
01632 960447"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Tom Aldous <tom@highmeadowfarm.example>",
         to="service@coolvat-systems.example",
         subject="Tank 2 not chilling - tanker at 6am",
         body="""\
Hi,

Our CoolVat 6000 bulk tank (serial CV6-11874) has stopped chilling. The agitator turns and the display is on, but the milk is at 11.4 °C and climbing; it should be at 4. The compressor clicks, hums for a couple of seconds and goes quiet again. The remote app only shows "Sensor fault 17".

There's about 4,200 litres in it from last night's and this morning's milking, and the tanker collects at 6 am. If it isn't back at 4 °C by then the dairy will reject the lot, and we milk again at 5. I've opened up the plant room to get some air through but that's all I can do.

Please ring me as soon as you read this, any hour: 07700 900233.

Tom Aldous
High Meadow Farm"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sophie Lindqvist <s.lindqvist@pinecove-park.example>",
         to="support@gatekeepr.example",
         subject="Entrance barrier and lodge doors - urgent",
         body="""\
Hello,

Since about 14:30 none of the guest codes open anything at Pine Cove Holiday Park. The entrance barrier stays shut for everyone, and the keypads on the lodges don't take the codes we sent out this morning either – they beep twice and flash red.

Friday is our busiest changeover: 38 arrivals between 15:00 and 19:00, and there are already six cars and two caravans queued back onto the lane. A lot of tonight's guests are Dutch; one has just leaned out of his window and told me "de slagboom gaat niet open, hè". Two of my staff are lifting the barrier by hand and walking people to their lodges with the master key. That holds for now, but it won't once it's dark and everyone turns up at once.

Site ID PC-0291. I'm on 01632 960118.

Sophie Lindqvist
Operations, Pine Cove"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Kieran Doyle <kieran.doyle88@quickpost.example>",
         to="help@l-plate-app.example",
         subject="Can't see my lessons",
         body="""\
Hi, since updating the L-Plate app yesterday it opens to a white screen and just sits there. I've uninstalled, reinstalled and restarted the phone – same thing. I can't see when my lessons are or book the two extra ones my instructor wants before my test on the 14th, and he says my bookings have vanished from his side too.

Android 14, app version 5.2.0.

Kieran"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Marco Bellini <marco@suds-and-spin.example>",
         to="techsupport@drymaster.example",
         subject="Dryer 4 - runs but clothes come out wet",
         body="""\
Hello,

One of the six DM-30 dryers in our laundrette (number 4, serial DM30-7712) no longer dries. The drum turns, the timer runs its course, the customer pays, and after 40 minutes the washing comes out as wet as it went in. No error on the display. The other five are fine.

I've taped a sign on it and refunded two customers today, so we're coping, but on Saturdays we need all six. Can an engineer come out this week?

Marco Bellini
Suds & Spin, 14 Quay Street"""),

    dict(n=9, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Joanne Whitlock <j.whitlock@carewell-homecare.example>",
         to="support@visitroute.example",
         subject="Route map not working in carer app",
         body="""\
Hi team,

The map tab in the VisitRoute carer app hasn't worked since last night's update – it loads a grey grid and nothing else. The visit list, key-safe codes and care notes all still show, so our carers are getting to their clients by copying the addresses into the maps app on their own phones. It's slower, and two of the newer carers got lost this morning, so we'd like it fixed, but nobody has missed a visit.

Agency ID CW-118, about 40 carers on a mix of Android and iPhone.

Thanks,
Joanne Whitlock
Care coordinator"""),

    dict(n=10, signals="payment", priority="medium", trap="short", qt=0, reply=0,
         frm="Aisha Bello <aisha.bello@inboxly.example>",
         to="billing@clearview-lenses.example",
         subject="Charged twice for March lenses",
         body="""\
Hi, my card was charged £38.50 twice on 3 March for my monthly lens subscription (customer no. CV-204417), but only one box has arrived. Could you refund the second charge please?

Aisha"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Fiona McAllister <fiona@braeside-stables.example>",
         to="payouts@ridebook.example",
         subject="Weekly payout missing - wages due Friday",
         body="""\
Hello,

Our weekly payout from RideBook hasn't arrived. It normally lands on a Tuesday; it's now Thursday and there's nothing in the bank. The dashboard has said "Payout processing – £6,412.80 (lessons and livery 1–7 April)" since Monday.

That money pays our four grooms and two instructors tomorrow, and the hay merchant on Monday. I've checked the bank details under Settings and nothing has changed.

Please can you tell me today where it is and when it will arrive?

Fiona McAllister
Braeside Riding School, account RB-7730
07700 900561"""),

    dict(n=12, signals="payment", priority="medium", trap="wrong-invoice", qt=0, reply=0,
         frm="Derek Halloran <derek.halloran@oakmail.example>",
         to="accounts@canopy-treecare.example",
         subject="Invoice INV-3381 - stump grinding not done",
         body="""\
Dear Sir or Madam,

Your invoice INV-3381 for £1,140.00 arrived today. It includes "Stump grinding x 3 – £285.00", but your team only felled and removed the two sycamores and the leylandii. The stumps are still there, and we agreed on the day that I would book the grinding separately in the spring.

Please send me a corrected invoice without the grinding and I'll pay it straight away.

Regards,
Derek Halloran"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Rachel Osei <rachel.osei@homepost.example>",
         to="help@lunchpot.example",
         subject="20p on top-ups?",
         body="""\
Hello, just curious – every time I top up my son's canteen account through LunchPot I'm charged 20p extra (£20.20 for a £20 top-up). Is that a card fee or something the school decides? Not complaining, I just wondered.

Thanks, Rachel"""),

    dict(n=14, signals="account", priority="medium", trap="locked", qt=0, reply=0,
         frm="Margaret Ellery <m.ellery@seniornet.example>",
         to="support@shiftfriend.example",
         subject="Locked out of the volunteer rota",
         body="""\
Dear ShiftFriend,

I volunteer at St Brigid's Hospice and use your website to sign up for my Wednesday and Saturday shifts on the family room desk. This morning I typed my password wrong a few times (new glasses, I'm afraid), and now it says my account has been locked "for security reasons" and that I should contact the administrator.

Our volunteer coordinator, Paula, says she can't unlock it from her side. The rota for next month closes on Friday and I'd hate to lose my shifts. My username is mellery52.

With thanks,
Margaret Ellery"""),

    dict(n=15, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Ben Ashworth <ben.ashworth@mailcentre.example>",
         to="bookings@pawsinn-kennels.example",
         subject="Re: Refund for cancelled stay KB-5521",
         body="""\
Thanks for sorting that.

Different problem though: I can't get into my Paws Inn account to book Bramble's stay for August. After the password it sends a 6-digit code by text, but it goes to my old number (ending 417), which I gave up in January. There's no option to choose another phone or get the code by e-mail. Could you change the number on my account to 07700 900372?

Ben

On Wed, 12 Feb 2025 at 10:14, Paws Inn Kennels <bookings@pawsinn-kennels.example> wrote:
> Hi Ben,
>
> We've processed a refund of £45.00 for the cancelled stay (KB-5521).
> It should be back on your card within 3-5 working days.
>
> Best wishes,
> Lucy, Paws Inn Kennels"""),

    dict(n=16, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Lukas Brandt <lukas.brandt@familymail.example>",
         to="support@nestnotes.example",
         subject="My parent profile has disappeared",
         body="""\
Hello,

Is it normal for a parent profile to just disappear? Since Monday, when I log in to NestNotes I get "No children linked to this profile", and my name has gone from the contacts list at Little Acorns Nursery. My wife still sees our daughter Mila's diary and photos as before. I didn't delete anything.

Could you restore my profile and link it to Mila again?

Lukas Brandt"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Nadia Kowalczyk <nadia.k@seamail.example>",
         to="app@harbourpoint-marina.example",
         subject="Adding my husband to our berth account",
         body="""\
Hi, how do I add my husband as a second user on our HarbourPoint account, so he can book the pump-out and pay for fuel from his own phone? I can't find it under Settings. Berth C-14.

Dziękuję! Nadia"""),

    dict(n=18, signals="-", priority="low", trap="product-names", qt=0, reply=0,
         frm="Callum Rhodes <callum.rhodes@fieldpost.example>",
         to="sales@ridgeline-outdoor.example",
         subject="Firestorm hand warmers and Blackout netting - in stock?",
         body="""\
Hi,

Before the season starts: do you still have the Firestorm rechargeable hand warmers in stock, and will the Blackout 3D camo netting be back in the 4 m length? Last year it had sold out by September. Also, does the Deadshot shooting stick fit the Stalker Pro bipod head, or do I need an adapter?

Cheers,
Callum"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Ellie Marsh <ellie@marsh-decorating.example>",
         to="notices@tintpro.example",
         subject="RE: Planned maintenance - TintPro FormulaCloud, Sunday 02:00-06:00",
         body="""\
Hi,

No problem for us, we're shut on Sundays anyway. While I've got you – could you post us two copies of the new 2025 colour fan deck for the counter?

Ellie
Marsh Decorating Supplies

-----Original Message-----
From: TintPro Notices <notices@tintpro.example>
Sent: 18 March 2025 09:02
Subject: Planned maintenance - TintPro FormulaCloud, Sunday 02:00-06:00

> Dear customer,
>
> FormulaCloud will be offline on Sunday 23 March between 02:00 and 06:00
> for planned maintenance. During this outage your tinting machine will not
> be able to download new formulas; formulas already saved keep working.
>
> TintPro Service Team"""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Alan Greaves <alan.greaves@villagenet.example>",
         to="bookings@sootandbrush.example",
         subject="Thank you - all sorted",
         body="""\
Just to say the duplicate charge from November's sweep went back onto my card this morning, so we're all sorted. Thanks to Jess on the phone for being so patient, and to Martin, who left the sitting room cleaner than he found it. See you next autumn.

Alan Greaves"""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Imran Siddiqui <imran@a38-fuels.example>",
         to="sales@pumpcare.example",
         subject="Does the Premium plan cover outages?",
         body="""\
Hello,

We're comparing maintenance contracts for our two forecourts (8 pumps each, a mix of Fuelmax and Petrotek dispensers). A few questions about your Premium plan before we sign anything:

1. Does it cover outages at weekends and on bank holidays, and what's the response time?
2. Are emergency call-outs included or charged separately?
3. If the card reader in a pump fails, is that on you or on the bank?

A rough price for 16 dispensers would help too.

Imran Siddiqui
A38 Fuels Ltd"""),

    dict(n=22, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Georgia Bennett <georgia.bennett@postbox.example>",
         to="info@lakeside-camping.example",
         subject="Murder mystery weekend - still places?",
         body="""\
Hi there,

We stayed with you last summer and the kids haven't stopped talking about it – the lake views absolutely killed it. Are there still pitches for the "Murder at the Boathouse" mystery weekend on 20–22 June? Two adults, two children, one tent and a car. My daughter is dying to play the detective.

Also, is the film night still on the Saturday? Someone said you're showing Jaws on a screen by the lake, which sounds like a terrible idea in the best possible way.

Thanks!
Georgia"""),

    dict(n=23, signals="outage", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Hamish Grant <hamish@grantprint.example>",
         to="support@platemaker.example",
         subject="Re: Ticket 88412 - CTP jobs stuck in queue",
         body="""\
This is now urgent. Since my mail on Tuesday the platesetter hasn't produced a single plate – every job sits at "Waiting for RIP" and then times out. All we've had from you is the automatic reply.

We have 60,000 election leaflets to print for the council and deliver by 5 pm tomorrow, and without plates both presses are standing idle. Please phone me now on 01632 960905.

Hamish Grant
Grant Print & Design

On Tue, 6 May 2025 at 08:47, Hamish Grant <hamish@grantprint.example> wrote:
> Hello,
>
> Since this morning jobs sent to the CTP queue stay at "Waiting for RIP"
> and never output. Restarting the RIP server helped for about an hour.
> Could someone take a look when you can?
>
> Hamish"""),

    dict(n=24, signals="outage", priority="medium", trap="buried", qt=0, reply=0,
         frm="Steph Carver <steph.carver@carvervending.example>",
         to="support@vendlink.example",
         subject="Contract renewal and a couple of other bits",
         body="""\
Hi Dev,

Hope you had a good Easter. A few things while I think of them.

Our VendLink contract comes up for renewal at the end of July. We're planning to add around 25 machines over the summer (two new office sites in Leeds and a sixth-form college), so it would be good to have a call in June about pricing for the bigger fleet, and whether the new touchscreen units can go on the same dashboard.

The monthly sales report you added in January has been really useful – our area manager now uses it for every client meeting. Could it also show sales by product category? That would save me an afternoon every month.

Also, since the weekend the stock levels for the twelve machines at Riverside Hospital haven't updated in the portal; they're stuck on Saturday's figures. The machines themselves are selling fine and card payments go through. Our drivers are doing a manual count on every visit, so it isn't urgent, but it doubles the time they spend on that site.

Last thing: the new driver app is much quicker than the old one, thank you. Sami says the barcode scanning is miles better.

Best,
Steph Carver
Carver Vending Ltd"""),
]
